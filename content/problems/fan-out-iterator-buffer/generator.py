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
    big = seed >= 8
    b = 10**5 if big else rng.randint(1, 3 * seed)
    m = 2 * 10**5 if big else rng.randint(1, 50 * seed)
    length = rng.choice([0, 1, 5, 50, 10**18]) if not big else rng.choice([10**18, 150000])
    first, step = rng.randint(-10**9, 10**9), rng.randint(-10**9, 10**9)
    ops, args = ["FanOut"], [[first, step, length, b]]
    hot = rng.sample(range(b), min(b, 3))  # a few fast readers
    for _ in range(m - 1):
        r = rng.random()
        if r < 0.55:
            i = rng.choice(hot) if rng.random() < 0.6 else rng.randrange(b)
            ops.append("next"); args.append([i])
        elif r < 0.58:
            ops.append("drop"); args.append([rng.randrange(b)])
        elif r < 0.83:
            ops.append("buffered"); args.append([])
        elif r < 0.92:
            ops.append("pulled"); args.append([])
        else:
            ops.append("behind"); args.append([rng.randrange(b)])
    print(json.dumps({"ops": ops, "args": args}))


main()
