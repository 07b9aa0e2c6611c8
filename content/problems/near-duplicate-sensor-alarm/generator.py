import random
import sys


def extreme(seed: int) -> tuple[int, int, list[int]]:
    """Named modes (seeds 30..32), n = 2 * 10^5: (k, t, readings)."""
    n = 200_000
    if seed == 30:  # strictly increasing from -10^9 by t + 1 (every neighbour just too far); the
        t = 9_999  # last reading is within t of the first: the alarm fires at the last tick, n
        a = [-(10**9) + i * (t + 1) for i in range(n - 1)] + [-(10**9) + t]
        return n, t, a
    if seed == 31:  # strictly decreasing from 10^9 by t + 1; the last reading equals the first,
        t = 9_999  # exactly k = n - 1 ticks earlier: the alarm fires at tick n
        a = [10**9 - i * (t + 1) for i in range(n - 1)] + [10**9]
        return n - 1, t, a
    # 32: t = 10^9 and readings alternating -10^9, 10^9 (2 * 10^9 apart) with k = 1: no alarm
    return 1, 10**9, [(-1) ** i * 10**9 for i in range(n)]


def main() -> None:
    args = sys.argv[1:] or sys.stdin.read().split()
    # "stress S": a small random input for `problem check --stress`: the shape of one of
    # the small seeds 1..4, drawn from a stream of its own
    stress = int(args[1]) if args[0] == "stress" else None
    seed = int(args[0]) if stress is None else 1 + stress % 4
    rng = random.Random(seed if stress is None else f"stress-{stress}")
    if seed >= 30:
        k, t, a = extreme(seed)
        print(len(a), k, t)
        print(" ".join(map(str, a)))
        return
    if seed <= 4:
        n = rng.randint(1, 12)
    elif seed <= 8:
        n = rng.randint(1000, 5000)
    else:
        n = 200_000
    mode = seed % 4
    if mode == 0:
        # spread-out values, large window: usually no alarm at all
        k, t = n, rng.randint(0, 1000)
        step = 2 * t + 2
        a = [i * step - 10**9 for i in range(n)] if n * step <= 2 * 10**9 else [rng.randint(-10**9, 10**9) for _ in range(n)]
        rng.shuffle(a)
    elif mode == 1:
        # negative and positive values near zero, t = 0 or small
        k, t = rng.randint(1, max(1, n // 4)), rng.choice([0, 1, 2])
        a = [rng.randint(-10 * n, 10 * n) for _ in range(n)]
    elif mode == 2:
        # a permutation-like sequence (no two equal) with a single planted near pair late
        k, t = rng.randint(max(1, n // 2), n), 0
        a = rng.sample(range(-10**9, 10**9, 7), n)
        if n >= 2:
            j = rng.randint(n // 2, n - 1) if n > 2 else 1
            i = max(0, j - rng.randint(1, k))
            a[j] = a[i]
    else:
        k = rng.randint(1, n)
        t = rng.randint(0, 10**9) if seed <= 4 else rng.randint(0, 10**4)
        a = [rng.randint(-10**9, 10**9) for _ in range(n)]
    print(n, k, t)
    print(" ".join(map(str, a)))


main()
