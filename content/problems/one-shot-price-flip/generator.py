import random
import sys


def extreme(seed: int) -> list[int]:
    """Named modes (seeds 30..32), n = 2 * 10^5."""
    n = 200_000
    if seed == 30:  # strictly increasing from 1 to 10^9: the largest profit, 10^9 - 1
        return [1 + (10**9 - 1) * i // (n - 1) for i in range(n)]
    if seed == 31:  # strictly decreasing from 10^9 to 1: no profit, 0
        return [10**9 - (10**9 - 1) * i // (n - 1) for i in range(n)]
    return [10**9] * n  # 32: all equal at the top price: 0


def main() -> None:
    args = sys.argv[1:] or sys.stdin.read().split()
    # "stress S": a small random input for `problem check --stress`: the shape of one of
    # the small seeds 1..4, drawn from a stream of its own
    stress = int(args[1]) if args[0] == "stress" else None
    seed = int(args[0]) if stress is None else 1 + stress % 4
    rng = random.Random(seed if stress is None else f"stress-{stress}")
    if seed >= 30:
        p = extreme(seed)
        print(len(p))
        print(" ".join(map(str, p)))
        return
    if seed <= 4:
        n = rng.randint(1, 12)
    elif seed <= 8:
        n = rng.randint(500, 3000)
    else:
        n = 200_000
    shape = seed % 4
    if shape == 0:
        p = [rng.randint(1, 10**9) for _ in range(n)]
    elif shape == 1:
        # falling market with noise: the answer is often small or zero
        p = sorted((rng.randint(1, 10**9) for _ in range(n)), reverse=True)
        for _ in range(n // 50):
            i = rng.randrange(n)
            p[i] = max(1, p[i] - rng.randint(0, 1000))
    elif shape == 2:
        # random walk
        cur = rng.randint(4 * 10**8, 6 * 10**8)
        p = []
        for _ in range(n):
            cur = min(10**9, max(1, cur + rng.randint(-10**6, 10**6)))
            p.append(cur)
    else:
        # global max before global min
        p = [rng.randint(10**5, 10**8) for _ in range(n)]
        p[rng.randrange(0, max(1, n // 3))] = 10**9
        p[rng.randrange(2 * n // 3, n)] = 1
    print(n)
    print(" ".join(map(str, p)))


main()
