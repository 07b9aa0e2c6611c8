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
        n = 100000
        if seed == 30:  # every file 10^9, one request each: the answer is 10^9, the top
            limit, sizes = n, [10**9] * n
        elif seed == 31:  # total exactly 10^9 = L: chunk size 1 suffices (the bottom)
            limit, sizes = 10**9, [10**4] * n
        else:  # 32: strictly increasing sizes 10^4 .. 10^9, about two requests a file
            limit, sizes = 2 * n - 1, [10**4 * (i + 1) for i in range(n)]
        print(n, limit)
        print(" ".join(map(str, sizes)))
        return
    if seed <= 3:
        n, top = rng.randint(1, 10), 50
    elif seed <= 6:
        n, top = rng.randint(1000, 10000), 10**6
    else:
        n, top = 100000, 10**9
    sizes = [rng.randint(1, top) for _ in range(n)]
    total = sum(sizes)
    if seed in (7, 8):
        limit = n + rng.randint(0, n // 10)  # almost one request per file: answer near max(s)
    elif seed == 9:
        limit = min(10**9, total)  # chunk size 1 may already be enough
    elif seed == 10:
        limit = min(10**9, max(n, total // 1000))
    else:
        limit = rng.randint(n, min(10**9, max(n, total)))
    print(n, limit)
    print(" ".join(map(str, sizes)))


if __name__ == "__main__":
    main()
