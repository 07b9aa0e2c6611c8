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
    n = 1000 if seed >= 8 else rng.randint(0, 40 * seed)
    q = 100 if seed >= 8 else rng.randint(1, 10 * seed)

    def bound():
        r = rng.random()
        if r < 0.2:
            return None
        if r < 0.3:
            return rng.choice([-10**9, 10**9])
        span = max(2 * n + 5, 5)
        return rng.randint(-span, span)

    def step():
        r = rng.random()
        if r < 0.2:
            return None
        if r < 0.25:
            return rng.choice([-10**9, 10**9])
        s = rng.choice([1, 1, 2, 3, 7, max(1, n // 3) + 1])
        return s if rng.random() < 0.5 else -s

    queries = [[bound(), bound(), step()] for _ in range(q)]
    if seed >= 9:  # make sure the biggest outputs appear: full walks in both directions
        queries[:4] = [[None, None, None], [None, None, -1], [-10**9, 10**9, 1], [10**9, -10**9, -1]]
    print(json.dumps({"args": [n, queries]}))


main()
