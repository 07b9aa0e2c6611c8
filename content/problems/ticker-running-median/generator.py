import random
import sys


def main() -> None:
    args = sys.argv[1:] or sys.stdin.read().split()
    # "stress S": a small random input for `problem check --stress`: the shape of one of
    # the small seeds 1..4, drawn from a stream of its own
    stress = int(args[1]) if args[0] == "stress" else None
    seed = int(args[0]) if stress is None else 1 + stress % 4
    rng = random.Random(seed if stress is None else f"stress-{stress}")
    if seed <= 4:
        n = rng.randint(1, 12)
    elif seed <= 8:
        n = rng.randint(2000, 10000)
    else:
        n = 500_000
    mode = seed % 4
    if mode == 0:
        prices = [rng.randint(-10**9, 10**9) for _ in range(n)]
    elif mode == 1:
        # falling market: every new price is the smallest so far
        prices = sorted((rng.randint(-10**9, 10**9) for _ in range(n)), reverse=True)
    elif mode == 2:
        # few distinct prices: many ties around the median
        prices = [rng.randint(-3, 3) for _ in range(n)]
    else:
        # alternating highs and lows: the halves are rebalanced constantly
        prices = [(10**9 - i if i % 2 else -(10**9) + i) for i in range(n)]
        for _ in range(n // 100):
            prices[rng.randrange(n)] = rng.randint(-10**9, 10**9)
    print(n)
    print(" ".join(map(str, prices)))


main()
