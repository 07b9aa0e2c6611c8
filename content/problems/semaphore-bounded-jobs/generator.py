import heapq
import json
import random
import sys


def finish_times(limit, steps):
    """Zero-latency model: jobs take a free slot in order; returns each job's finish time."""
    slots = [0] * limit
    out = []
    for s in steps:
        start = heapq.heappop(slots)
        out.append(start + s)
        heapq.heappush(slots, start + s)
    return out


def main():
    seed = int(sys.argv[1]) if len(sys.argv) > 1 else int(sys.stdin.read().split()[0])
    rng = random.Random(seed)
    while True:
        n = rng.randint(1, 12 if seed >= 5 else 2 + seed)
        limit = rng.randint(1, 4)
        steps = [50 * rng.randint(1, 10) for _ in range(n)]
        t = sorted(finish_times(limit, steps))
        # keep every pair of finish times far apart, so that the exact wake-up latency of the
        # event loop can never change the order
        if all(b - a >= 40 for a, b in zip(t, t[1:])):
            break
    jobs = [[f"j{i}", s] for i, s in enumerate(steps)]
    print(json.dumps({"args": [limit, jobs]}))


main()
