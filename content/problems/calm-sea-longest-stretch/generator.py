import random
import sys


def main() -> None:
    args = sys.argv[1:] or sys.stdin.read().split()
    # "stress S": a small random input for `problem check --stress`: the shape of one of
    # the small seeds 1..3, drawn from a stream of its own
    stress = int(args[1]) if args[0] == "stress" else None
    seed = int(args[0]) if stress is None else 1 + stress % 3
    rng = random.Random(seed if stress is None else f"stress-{stress}")
    if seed >= 30:
        n = 200000
        if seed == 30:  # -10^9 and 10^9 alternating, T = 2 * 10^9: the whole log is calm
            limit, h = 2 * 10**9, [(-1) ** i * 10**9 for i in range(n)]
        elif seed == 31:  # strictly increasing from -10^9, T = 0: every stretch of 1 ties
            limit, h = 0, [-(10**9) + 10_000 * i for i in range(n)]
        elif seed == 32:  # strictly decreasing from 10^9: the first of many equal-length windows
            limit, h = 10_000 * (n // 2), [10**9 - 10_000 * i for i in range(n)]
        else:  # 33: every level 10^9, T = 0: the whole log
            limit, h = 0, [10**9] * n
        print(n, limit)
        print(" ".join(map(str, h)))
        return
    if seed <= 3:
        n = rng.randint(1, 20)
    elif seed <= 6:
        n = rng.randint(1000, 20000)
    else:
        n = 200000
    if seed in (1, 4, 7):
        h = [rng.randint(-10, 10) for _ in range(n)]
        limit = rng.randint(0, 8)
    elif seed in (2, 5, 8):
        # random walk: long calm stretches exist
        x = 0
        h = []
        for _ in range(n):
            x += rng.randint(-3, 3)
            h.append(x)
        limit = rng.randint(5, 60)
    elif seed == 10:
        # a calm sea: long windows, quadratic for naive approaches
        h = [rng.randint(0, 10**6) for _ in range(n)]
        limit = 10**6 - 1
    elif seed == 11:
        h = [rng.choice([-10**9, 10**9]) for _ in range(n)]
        limit = 2 * 10**9 - 1  # just short of the full range: only equal neighbours are calm
    else:
        h = [rng.randint(-10**9, 10**9) for _ in range(n)]
        limit = rng.randint(0, 2 * 10**9)
    print(n, limit)
    print(" ".join(map(str, h)))


if __name__ == "__main__":
    main()
