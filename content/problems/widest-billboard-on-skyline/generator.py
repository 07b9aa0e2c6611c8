import random
import sys


def main() -> None:
    args = sys.argv[1:] or sys.stdin.read().split()
    # "stress S": a small random input for `problem check --stress`: the shape of one of
    # the small seeds 1..4, drawn from a stream of its own
    stress = int(args[1]) if args[0] == "stress" else None
    seed = int(args[0]) if stress is None else 1 + stress % 4
    rng = random.Random(seed if stress is None else f"stress-{stress}")
    if seed == 30:  # named mode: n = 2 * 10^5 buildings all 10^9 tall, the largest answer 2 * 10^14
        print(200_000)
        print(" ".join(["1000000000"] * 200_000))
        return
    if seed <= 4:
        n, top = rng.randint(1, 12), 10
    elif seed <= 8:
        n, top = rng.randint(500, 3000), rng.choice([5, 10**9])
    else:
        n, top = 200_000, 10**9
    mode = seed % 4
    if mode == 0:
        h = [rng.randint(0, top) for _ in range(n)]
    elif mode == 1:
        # non-decreasing street: the best rectangle touches the end
        h = sorted(rng.randint(1, top) for _ in range(n))
    elif mode == 2:
        # all equal with a few dips: long expansions for the brute force
        base = rng.randint(top // 2 + 1, top)
        h = [base] * n
        for _ in range(rng.randint(0, 3)):
            h[rng.randrange(n)] = rng.randint(0, base)
    else:
        # plateaus of random width
        h = []
        while len(h) < n:
            h.extend([rng.randint(0, top)] * rng.randint(1, 50))
        h = h[:n]
    print(n)
    print(" ".join(map(str, h)))


main()
