"""Sorted timestamps with bursts of duplicates; windows hitting exact timestamps and ends."""
import json
import random
import sys


def main():
    seed = int(sys.argv[1]) if len(sys.argv) > 1 else int(sys.stdin.read())
    rng = random.Random(seed)
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
