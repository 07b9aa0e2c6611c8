import random
import string
import sys


def main():
    seed = int(sys.argv[1]) if len(sys.argv) > 1 else int(sys.stdin.read().split()[0])
    rng = random.Random(seed)
    big = seed >= 8
    if big:
        w, s, k = rng.choice([(2000, 20000, 50), (10000, 60000, 100), (7, 50000, 1000)])
        vocab_size = 60000
    else:
        w, s, k = rng.randint(1, 6), rng.randint(1, 5 * seed), rng.randint(1, 10)
        vocab_size = rng.choice([3, 10, 50])
    vocab = set()
    while len(vocab) < vocab_size:
        vocab.add("".join(rng.choice(string.ascii_lowercase) for _ in range(rng.randint(1, 8))))
    vocab = sorted(vocab)
    budget = 1_900_000 if big else 4000
    lines = []
    per = max(1, budget // s)
    for _ in range(s):
        words = []
        length = 0
        target = rng.randint(0, 2 * per) if rng.random() < 0.9 else 0
        while length < target:
            # Zipf-ish: low indices much more frequent
            word = vocab[min(len(vocab) - 1, int(rng.paretovariate(1.1)) - 1)] if rng.random() < 0.7 else rng.choice(vocab)
            r = rng.random()
            if r < 0.1:
                word = word.capitalize()
            elif r < 0.13:
                word = word.upper()
            sep = rng.choice([" ", " ", " ", ", ", ". ", " - ", "'", "  ", "\t", "!? "])
            words.append(word + sep)
            length += len(word) + len(sep)
        lines.append("".join(words).rstrip())
    print(w, s, k)
    print("\n".join(lines))


main()
