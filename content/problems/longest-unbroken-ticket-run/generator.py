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
        n = rng.randint(1000, 5000)
    else:
        n = 200_000
    mode = seed % 4
    if mode == 0:
        # one huge run (shuffled) - kills counting from every number
        start = rng.randint(-10**9, 10**9 - n)
        a = list(range(start, start + n))
    elif mode == 1:
        # several runs with duplicates, the longest ending at the maximum value
        a = []
        base = -10**9
        while len(a) < n:
            length = rng.randint(1, max(1, n // 8))
            a.extend(range(base, base + length))
            base += length + rng.randint(2, 1000)
        a = a[:n]
        for _ in range(n // 10):
            a[rng.randrange(n)] = a[rng.randrange(n)]
        extra = min(n // 3, 10**9 - base)
        a[: extra] = range(base, base + extra)
    elif mode == 2:
        # dense random values: many short runs, many duplicates
        a = [rng.randint(-n, n) for _ in range(n)]
    else:
        a = [rng.randint(-10**9, 10**9) for _ in range(n)]
        start = rng.randint(-10**9, 10**9 - 100)
        for i in range(min(n, 100)):
            a[rng.randrange(n)] = start + i
    rng.shuffle(a)
    print(n)
    print(" ".join(map(str, a)))


main()
