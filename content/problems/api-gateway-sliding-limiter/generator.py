import json
import random
import sys


def extreme(seed: int) -> tuple[list[str], list[list[int]]]:
    """Named modes (seeds 30..33): the ends of every range, 2 * 10^5 calls each."""
    calls = 200000
    if seed == 30:
        # limit 1, window 10^9: the request at 0 blocks every later one up to 10^9 - 1 and
        # expires exactly at 10^9 (the first and last timestamps of the range)
        times = [0] + [i * 5000 for i in range(1, calls - 2)] + [10**9 - 1, 10**9]
        limit, window = 1, 10**9
    elif seed == 31:  # limit 10^5 at one timestamp, 10^9: half accepted, count at its maximum
        times, limit, window = [10**9] * (calls - 1), 10**5, 1
    elif seed == 32:  # window 1, limit 1: only the same second counts; steps of 0 or 1
        times, limit, window = [i // 2 + i // 7 for i in range(calls - 1)], 1, 1
    else:
        # 33: limit 10^5 and window 10^9, so nothing ever expires: a log scanned per call is
        # 10^5 long for 10^5 calls (the worst case of a linear scan)
        times, limit, window = list(range(calls - 1)), 10**5, 10**9
    ops, args = ["SlidingRateLimiter"], [[limit, window]]
    for i, t in enumerate(times):
        ops.append("count" if i % 5 == 4 and i < len(times) - 2 else "allow")
        args.append([t])
    return ops, args


def main() -> None:
    args = sys.argv[1:] or sys.stdin.read().split()
    # "stress S": a small random input for `problem check --stress`: the shape of one of
    # the small seeds 1..3, drawn from a stream of its own
    stress = int(args[1]) if args[0] == "stress" else None
    seed = int(args[0]) if stress is None else 1 + stress % 3
    rng = random.Random(seed if stress is None else f"stress-{stress}")
    if seed >= 30:
        ops, calls = extreme(seed)
        print(json.dumps({"ops": ops, "args": calls}))
        return
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
