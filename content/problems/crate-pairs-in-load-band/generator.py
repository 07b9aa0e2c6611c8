import json
import random
import sys


def main() -> None:
    args = sys.argv[1:] or sys.stdin.read().split()
    # "stress S": a small random input for `problem check --stress`: the shape of one of
    # the small seeds 1..4, drawn from a stream of its own
    stress = int(args[1]) if args[0] == "stress" else None
    seed = int(args[0]) if stress is None else 1 + stress % 4
    rng = random.Random(seed if stress is None else f"stress-{stress}")
    if seed >= 30:
        n = 200_000
        weights, lo, hi = {
            30: ([10**9] * n, 2 * 10**9, 2 * 10**9),  # every pair, ~2 * 10^10: the largest count
            31: ([1] * n, 1, 2),  # the lightest crates, every pair
            32: (list(range(n, 0, -1)), n + 1, n + 1),  # strictly decreasing, one sum: n / 2 pairs
            33: ([10**9] * n, 1, 2 * 10**9 - 1),  # every pair 1 kg too heavy: 0
        }[seed]
        print(json.dumps({"args": [weights, lo, hi]}))
        return
    if seed <= 4:
        n, top = rng.randint(2, 12), 20
    elif seed <= 8:
        n, top = rng.randint(300, 2000), rng.choice([50, 10**4, 10**9])
    else:
        n, top = 200_000, [10**9, 10**5, 1000, 10**9][seed % 4]
    weights = [rng.randint(1, top) for _ in range(n)]
    a = rng.randint(2, 2 * top)
    b = rng.randint(2, 2 * top)
    lo, hi = min(a, b), max(a, b)
    if seed % 3 == 0:
        lo = max(1, hi - rng.randint(0, max(1, top // 10)))
    print(json.dumps({"args": [weights, lo, hi]}))


main()
