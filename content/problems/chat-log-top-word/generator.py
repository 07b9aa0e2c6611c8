import random
import string
import sys


def main() -> None:
    args = sys.argv[1:] or sys.stdin.read().split()
    # "stress S": a small random input for `problem check --stress`: the shape of one of
    # the small seeds 1..3, drawn from a stream of its own
    stress = int(args[1]) if args[0] == "stress" else None
    seed = int(args[0]) if stress is None else 1 + stress % 3
    rng = random.Random(seed if stress is None else f"stress-{stress}")
    if seed >= 30:
        n = 200_000
        if seed == 30:  # one word, the alphabetically last possible, every time: count 2 * 10^5
            words = ["zzzzzzzzzz"] * n
        else:  # 31: 2 * 10^5 distinct words in reverse order, all count 1: the smallest comes last
            letters = string.ascii_lowercase
            words = ["".join(letters[(i // 26**p) % 26] for p in range(4)) + "z" * 6 for i in range(n)]
            words.sort(reverse=True)
        print(n)
        print(" ".join(words))
        return
    if seed <= 3:
        n = rng.randint(1, 15)
    elif seed <= 6:
        n = rng.randint(500, 5000)
    else:
        n = 200_000
    mode = seed % 4
    if mode == 0:
        # nearly all distinct words: long lists of candidates, counts of 1 or 2
        vocab = ["".join(rng.choice(string.ascii_lowercase) for _ in range(rng.randint(6, 10))) for _ in range(n)]
    elif mode == 1:
        vocab = ["".join(rng.choice("ab") for _ in range(rng.randint(1, 3))) for _ in range(20)]
    elif mode == 2:
        vocab = ["".join(rng.choice(string.ascii_lowercase) for _ in range(rng.randint(1, 10))) for _ in range(max(1, n // 10))]
    else:
        vocab = [rng.choice(string.ascii_lowercase) * rng.randint(1, 10) for _ in range(300)]
    words = [rng.choice(vocab) for _ in range(n)]
    # plant a tie at the top between two fresh words; the alphabetically larger one appears first
    if seed % 2 == 0:
        counts: dict[str, int] = {}
        for w in words:
            counts[w] = counts.get(w, 0) + 1
        c = max(counts.values()) + rng.randint(1, 3)
        if 2 * c <= n:
            a = "".join(rng.choice(string.ascii_lowercase) for _ in range(rng.randint(1, 9)))
            b = a + rng.choice(string.ascii_lowercase)  # a < b, both fresh with high probability
            spots = sorted(rng.sample(range(n), 2 * c))
            labels = [b] + rng.sample([a] * c + [b] * (c - 1), 2 * c - 1)
            for pos, word in zip(spots, labels):
                words[pos] = word
    print(n)
    print(" ".join(words))


main()
