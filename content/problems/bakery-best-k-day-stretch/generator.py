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
        if seed == 30:  # every day -10^9, k = n: the lowest possible answer, -2 * 10^14
            k, p = n, [-(10**9)] * n
        elif seed == 31:  # every day 10^9, k = 1: all runs tie, the earliest is day 1
            k, p = 1, [10**9] * n
        elif seed == 32:  # strictly increasing over the whole range: the best run is the last
            k, p = n // 2, [-(10**9) + 10_000 * i for i in range(n)]
        else:  # 33: strictly decreasing from 10^9: the best run is the first, k = n - 1
            k, p = n - 1, [10**9 - 10_000 * i for i in range(n)]
        print(n, k)
        print(" ".join(map(str, p)))
        return
    if seed <= 3:
        n, top = rng.randint(1, 15), 10
    elif seed <= 6:
        n, top = rng.randint(1000, 20000), 10**6
    else:
        n, top = 200000, 10**9
    k = rng.randint(1, n)
    if seed >= 8:
        k = n // 2 if seed != 10 else n // 3
    if seed == 5:
        p = [-rng.randint(1, top) for _ in range(n)]  # every day loses money
    elif seed == 9:
        p = [rng.choice([-1, 1]) * top for _ in range(n)]  # many ties
    else:
        p = [rng.randint(-top, top) for _ in range(n)]
    print(n, k)
    print(" ".join(map(str, p)))


if __name__ == "__main__":
    main()
