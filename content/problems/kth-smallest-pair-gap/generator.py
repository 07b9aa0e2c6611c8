"""Readings for the k-th gap: uniform, clustered, heavy duplicates; k near both ends."""
import json
import random
import sys


def extreme(seed, rng):
    """Named modes (seeds 30..32), all at the maximum n = 5 * 10^4."""
    n = 5 * 10**4
    total = n * (n - 1) // 2
    if seed == 30:  # one reading repeated, k = every pair: the answer 0 with the largest k
        return [10**9] * n, total
    if seed == 31:  # both ends of the range, k = the last pair: the answer 10^9 itself
        r = [0, 10**9] + [rng.randint(1, 10**9 - 1) for _ in range(n - 2)]
        rng.shuffle(r)
        return r, total
    # 32: two crowds at 0 and 10^9: the first cross pair jumps the answer from 0 to 10^9
    half = n // 2
    return [0] * half + [10**9] * half, 2 * (half * (half - 1) // 2) + 1


def main():
    args = sys.argv[1:] or sys.stdin.read().split()
    # "stress S": a small random input for `problem check --stress`: the shape of one of
    # the small seeds 1..3, drawn from a stream of its own
    stress = int(args[1]) if args[0] == "stress" else None
    seed = int(args[0]) if stress is None else 1 + stress % 3
    rng = random.Random(seed if stress is None else f"stress-{stress}")
    if seed >= 30:
        r, k = extreme(seed, rng)
        print(json.dumps({"args": [r, k]}))
        return
    if seed <= 3:
        n, top = rng.randint(2, 8), 20
    elif seed <= 6:
        n, top = 500, 10**6
    else:
        n, top = 5 * 10**4, 10**9
    if seed in (8, 11):
        centers = [rng.randint(0, top) for _ in range(20)]
        r = [min(top, max(0, rng.choice(centers) + rng.randint(-500, 500))) for _ in range(n)]
    elif seed == 9:
        r = [rng.randint(0, 50) for _ in range(n)]
    else:
        r = [rng.randint(0, top) for _ in range(n)]
    total = n * (n - 1) // 2
    k = {7: 1, 10: total, 12: total // 2}.get(seed, rng.randint(1, total))
    print(json.dumps({"args": [r, k]}))


main()
