import json
import random
import sys


def main() -> None:
    args = sys.argv[1:] or sys.stdin.read().split()
    # "stress S": a small random input for `problem check --stress`: the shape of one of
    # the small seeds 1..3, drawn from a stream of its own
    stress = int(args[1]) if args[0] == "stress" else None
    seed = int(args[0]) if stress is None else 1 + stress % 3
    rng = random.Random(seed if stress is None else f"stress-{stress}")
    if seed <= 3:
        calls, limit, window, max_gap = 30, rng.randint(1, 4), rng.randint(1, 10), 4
    elif seed <= 6:
        calls, limit, window, max_gap = 5000, rng.randint(5, 200), rng.randint(10, 1000), 20
    else:
        calls = 200000
        limit, window, max_gap = [(50000, 10**6, 10), (100000, 5 * 10**5, 6), (1000, 100, 2), (10**5, 10**9, 1)][seed - 7]
    ops = ["SlidingRateLimiter"]
    args = [[limit, window]]
    t = rng.randint(0, 100)
    for _ in range(calls - 1):
        r = rng.random()
        if r < 0.15:
            t += rng.randint(0, max_gap)
        elif r < 0.17:
            t += window  # land exactly on window boundaries now and then
        ops.append("count" if rng.random() < 0.25 else "allow")
        args.append([min(t, 10**9)])
    print(json.dumps({"ops": ops, "args": args}))


if __name__ == "__main__":
    main()
