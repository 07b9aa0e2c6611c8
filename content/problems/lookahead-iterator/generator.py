import json
import random
import sys


def main():
    args = sys.argv[1:] or sys.stdin.read().split()
    # "stress S": a small random input for `problem check --stress`: the shape of one of
    # the small seeds 1..2, drawn from a stream of its own
    stress = int(args[1]) if args[0] == "stress" else None
    seed = int(args[0]) if stress is None else 1 + stress % 2
    rng = random.Random(seed if stress is None else f"stress-{stress}")
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
