import json
import random
import string
import sys


def extreme(seed: int, rng: random.Random) -> tuple[str, str]:
    """Named modes (seeds 30..31) at the maximum lengths."""
    letters = string.ascii_letters
    if seed == 30:  # the pattern is the text shuffled: the answer is the whole text, 10^5 long
        text = [rng.choice(letters) for _ in range(100_000)]
        pattern = text[:]
        rng.shuffle(pattern)
        return "".join(text), "".join(pattern)
    # 31: the pattern is the whole text plus one more "Z": no excerpt covers it, answer ""
    text = [rng.choice(letters) for _ in range(99_999)]
    pattern = text + ["Z"]
    rng.shuffle(pattern)
    return "".join(text), "".join(pattern)


def main() -> None:
    args = sys.argv[1:] or sys.stdin.read().split()
    # "stress S": a small random input for `problem check --stress`: the shape of one of
    # the small seeds 1..4, drawn from a stream of its own
    stress = int(args[1]) if args[0] == "stress" else None
    seed = int(args[0]) if stress is None else 1 + stress % 4
    rng = random.Random(seed if stress is None else f"stress-{stress}")
    if seed >= 30:
        print(json.dumps({"args": list(extreme(seed, rng))}))
        return
    if seed <= 4:
        n, m = rng.randint(1, 20), rng.randint(1, 4)
    elif seed <= 8:
        n, m = rng.randint(1000, 5000), rng.randint(1, 50)
    else:
        n = 100_000
        m = [2000, 40, 30000, 26][seed % 4]
    mode = seed % 4
    letters = string.ascii_letters
    if mode == 0:
        # pattern of rare letters: covering windows are long
        alphabet = letters[:52]
        text = [rng.choice("abcdefgh") for _ in range(n)]
        rare = rng.sample(letters[26:], min(m, 26))
        for c in rare:
            for _ in range(rng.randint(1, 3)):
                text[rng.randrange(n)] = c
        pattern = "".join(rare)
    elif mode == 1:
        alphabet = letters[: rng.randint(2, 6)]
        text = [rng.choice(alphabet) for _ in range(n)]
        pattern = "".join(rng.choice(alphabet) for _ in range(m))
    elif mode == 2:
        alphabet = letters[: rng.randint(3, 52)]
        text = [rng.choice(alphabet) for _ in range(n)]
        pattern = "".join(rng.choice(alphabet) for _ in range(m))
    else:
        alphabet = letters[:26]
        text = [rng.choice(alphabet) for _ in range(n)]
        pattern = "".join(rng.choice(alphabet) for _ in range(m))
    print(json.dumps({"args": ["".join(text), pattern]}))


main()
