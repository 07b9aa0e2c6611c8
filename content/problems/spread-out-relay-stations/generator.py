"""Relay sites: uniform, clustered, duplicated marks; k from 2 up to n."""
import random
import sys


# named modes (seeds 30..32), n = 10^5: (k, marks)
EXTREME = {
    # k = n on marks strictly decreasing by 10^4 from 999 990 000: the answer is every gap, 10^4
    30: lambda n: (n, [10**4 * (n - 1 - i) for i in range(n)]),
    # k = 2, one site at 0 and all others at 10^9: the largest answer, 10^9
    31: lambda n: (2, [10**9] * (n - 1) + [0]),
    # k = n, every site at 10^9: 0
    32: lambda n: (n, [10**9] * n),
}


def main():
    args = sys.argv[1:] or sys.stdin.read().split()
    # "stress S": a small random input for `problem check --stress`: the shape of one of
    # the small seeds 1..3, drawn from a stream of its own
    stress = int(args[1]) if args[0] == "stress" else None
    seed = int(args[0]) if stress is None else 1 + stress % 3
    rng = random.Random(seed if stress is None else f"stress-{stress}")
    if seed in EXTREME:
        k, marks = EXTREME[seed](10**5)
        print(len(marks), k)
        print(" ".join(map(str, marks)))
        return
    if seed <= 3:
        n, top = rng.randint(2, 8), 30
    elif seed <= 6:
        n, top = 1000, 10**6
    else:
        n, top = 10**5, 10**9
    if seed in (8, 12):
        # clusters of nearby sites far apart from each other
        centers = [rng.randint(0, top) for _ in range(50)]
        marks = [min(top, max(0, rng.choice(centers) + rng.randint(-1000, 1000))) for _ in range(n)]
    elif seed == 10:
        marks = [rng.randint(0, 20) for _ in range(n)]  # heavy duplicates
    else:
        marks = [rng.randint(0, top) for _ in range(n)]
    k = {7: 2, 9: 3, 10: 50, 11: 40, 12: 45}.get(seed, rng.randint(2, n))
    if seed == 11:
        marks[0], marks[1] = 0, top  # extremes present
    print(n, k)
    print(" ".join(map(str, marks)))


main()
