"""Sorted timestamps with bursts of duplicates; windows hitting exact timestamps and ends."""
import json
import random
import sys


def main():
    args = sys.argv[1:] or sys.stdin.read().split()
    # "stress S": a small random input for `problem check --stress`: the shape of one of
    # the small seeds 1..3, drawn from a stream of its own
    stress = int(args[1]) if args[0] == "stress" else None
    seed = int(args[0]) if stress is None else 1 + stress % 3
    rng = random.Random(seed if stress is None else f"stress-{stress}")
    if seed == 30:
        # 10^5 events all at 10^9, the top of the range; windows take all of them ([10^9, 10^9],
        # [0, 10^9]) or none ([0, 10^9 - 1]), so every answer is 0 or 10^5
        top = 10**9
        shapes = [[top, top], [0, top - 1], [0, top], [top - 1, top - 1]]
        windows = [shapes[i % 4] for i in range(10**5)]
        print(json.dumps({"args": [[top] * 10**5, windows]}))
        return
    if seed <= 3:
        n, q, top = rng.randint(0, 10), rng.randint(1, 10), 30
    elif seed <= 5:
        n, q, top = 2000, 2000, 10**6
    else:
        n, q, top = 10**5, 10**5, [10**9, 10**5, 10**9, 1000, 10**9][seed - 6]
    ts = sorted(rng.randint(0, top) for _ in range(n))
    windows = []
    for _ in range(q):
        r = rng.random()
        if ts and r < 0.4:
            a, b = sorted((rng.choice(ts), rng.choice(ts)))  # exact timestamps as ends
        elif r < 0.5:
            a = rng.randint(0, top)
            b = a
        elif r < 0.6:
            a = rng.randint(ts[-1] if ts else 0, top)  # at or past the last event
            b = min(10**9, a + rng.randint(0, 10))
        else:
            a, b = sorted((rng.randint(0, top), rng.randint(0, top)))
        windows.append([a, b])
    print(json.dumps({"args": [ts, windows]}))


main()
