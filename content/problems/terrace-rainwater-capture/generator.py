import random
import sys


# named modes (seeds 30..31), n = 2 * 10^5
EXTREME = {
    # walls of 10^9 at both ends, zeros between: the largest answer, 199998 * 10^9
    30: lambda n: [10**9] + [0] * (n - 2) + [10**9],
    # strictly decreasing from 10^9, then one wall of 10^9: every column fills at the last one
    31: lambda n: [10**9 - i for i in range(n - 1)] + [10**9],
}


def main() -> None:
    args = sys.argv[1:] or sys.stdin.read().split()
    # "stress S": a small random input for `problem check --stress`: the shape of one of
    # the small seeds 1..4, drawn from a stream of its own
    stress = int(args[1]) if args[0] == "stress" else None
    seed = int(args[0]) if stress is None else 1 + stress % 4
    rng = random.Random(seed if stress is None else f"stress-{stress}")
    if seed in EXTREME:
        h = EXTREME[seed](200_000)
        print(len(h))
        print(" ".join(map(str, h)))
        return
    if seed <= 4:
        n, top = rng.randint(1, 15), 10
    elif seed <= 8:
        n, top = rng.randint(500, 3000), rng.choice([100, 10**9])
    else:
        n, top = 200_000, 10**9
    shape = seed % 4
    if shape == 0:
        h = [rng.randint(0, top) for _ in range(n)]
    elif shape == 1:
        # a big bowl: high walls at both ends, nested bumps inside
        h = [rng.randint(0, top // 2) for _ in range(n)]
        h[0] = top
        h[-1] = top - rng.randint(0, max(1, top // 10))
    elif shape == 2:
        # a mountain: rises then falls, little water
        h = sorted(rng.randint(0, top) for _ in range(n))
        k = rng.randint(0, n)
        h = h[:k] + sorted(h[k:], reverse=True)
        for _ in range(max(1, n // 20)):
            i = rng.randrange(n)
            h[i] = max(0, h[i] - rng.randint(0, max(1, top // 100)))
    else:
        # sawtooth of nested valleys
        h = []
        while len(h) < n:
            width = rng.randint(2, 40)
            peak = rng.randint(top // 2, top)
            h.append(peak)
            h.extend(rng.randint(0, peak) for _ in range(width))
        h = h[:n]
    print(n)
    print(" ".join(map(str, h)))


main()
