import json
import random
import sys


def main():
    seed = int(sys.argv[1]) if len(sys.argv) > 1 else int(sys.stdin.read().split()[0])
    rng = random.Random(seed)
    n = 10**5 if seed >= 7 else rng.randint(0, 20 * seed)
    m = 10**5 if seed >= 7 else rng.randint(1, 40 * seed)
    items = [rng.randint(-10**9, 10**9) for _ in range(n)]
    ops, args = ["Lookahead"], [[items]]
    weights = [("next", 30), ("peek", 20), ("has_next", 15), ("push_back", 15), ("take", 10), ("pulled", 10)]
    names = [w[0] for w in weights]
    cum = [w[1] for w in weights]
    for _ in range(m - 1):
        op = rng.choices(names, cum)[0]
        ops.append(op)
        if op == "push_back":
            args.append([rng.randint(-5, 5)])
        elif op == "take":
            args.append([rng.choice([0, 1, 2, 3, 5])])
        else:
            args.append([])
    print(json.dumps({"ops": ops, "args": args}))


main()
