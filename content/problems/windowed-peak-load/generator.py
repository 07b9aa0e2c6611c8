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
        n = rng.randint(500, 3000)
    else:
        n = 200_000
    mode = seed % 4
    k = [rng.randint(1, n), max(1, n // 2), 1 if seed <= 8 else n // 3, n][mode]
    if mode == 0:
        a = [rng.randint(-10**9, 10**9) for _ in range(n)]
    elif mode == 1:
        # decreasing run: the deque grows to k elements
        a = sorted((rng.randint(-10**9, 10**9) for _ in range(n)), reverse=True)
    elif mode == 2:
        # few distinct values: many equal samples
        a = [rng.randint(-2, 2) for _ in range(n)]
    else:
        a = [rng.randint(-10**9, 10**9) for _ in range(n)]
    print(n, k)
    print(" ".join(map(str, a)))


main()
