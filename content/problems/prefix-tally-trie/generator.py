"""Call sequences for PrefixTally: shared-prefix vocabularies, repeats, erases of absent words."""
import json
import random
import string
import sys


def main():
    args = sys.argv[1:] or sys.stdin.read().split()
    # "stress S": a small random input for `problem check --stress`: the shape of one of
    # the small seeds 1..3, drawn from a stream of its own
    stress = int(args[1]) if args[0] == "stress" else None
    seed = int(args[0]) if stress is None else 1 + stress % 3
    rng = random.Random(seed if stress is None else f"stress-{stress}")
    if seed <= 3:
        q, alpha, maxlen, vocab = rng.randint(15, 30), "ab", 3, 6
    elif seed <= 6:
        q, alpha, maxlen, vocab = 2000, "abc", 6, 300
    elif seed <= 8:
        q, alpha, maxlen, vocab = 2 * 10**4, "abcdefgh", 10, 5000
    else:
        q = 10**5
        alpha, maxlen, vocab = {9: (string.ascii_lowercase, 10, 60000), 10: ("ab", 10, 3000),
                                11: ("abcdefghijklmnop", 10, 80000), 12: ("abcd", 8, 2000)}[seed]
    # weights: insert, count_exact, count_prefix, erase
    w = {11: (0.55, 0.05, 0.37, 0.03), 12: (0.35, 0.15, 0.2, 0.3)}.get(seed, (0.4, 0.15, 0.3, 0.15))
    words = list({"".join(rng.choice(alpha) for _ in range(rng.randint(1, maxlen))) for _ in range(vocab)})
    words.sort()
    rng.shuffle(words)
    logged = []
    ops, args = ["PrefixTally"], [[]]

    def some_word():
        if logged and rng.random() < 0.6:
            return rng.choice(logged)
        return rng.choice(words)

    for _ in range(q - 1):
        r = rng.random()
        if r < w[0]:
            x = rng.choice(words) if rng.random() < 0.8 or not logged else rng.choice(logged)
            ops.append("insert")
            logged.append(x)
        elif r < w[0] + w[1]:
            x = some_word()
            if rng.random() < 0.2:
                x = x[: rng.randint(1, len(x))]
            ops.append("count_exact")
        elif r < w[0] + w[1] + w[2]:
            x = some_word()
            x = x[: rng.randint(1, len(x))]
            ops.append("count_prefix")
        else:
            x = some_word()
            if rng.random() < 0.25:
                x = x[: rng.randint(1, len(x))]  # often a prefix that was never logged
            ops.append("erase")
        args.append([x])
    print(json.dumps({"ops": ops, "args": args}))


main()
