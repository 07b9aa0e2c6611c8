"""Event feeds: few long feeds, many short feeds, heavy ties, a single-event feed."""
import random
import sys


def extreme(seed):
    """Named modes (seeds 30..32), all with 2 * 10^5 timestamps."""
    if seed == 30:  # two feeds at opposite ends: the widest answer, -10^9 10^9
        return [[-(10**9)] * 10**5, [10**9] * 10**5]
    if seed == 31:  # 10^4 feeds, every timestamp 10^9: width 0 at the top of the range
        return [[10**9] * 20 for _ in range(10**4)]
    # 32: 10^4 feeds interleaved from -10^9 upwards (feed i holds -10^9 + i, + 10^4, ...): every
    # window has width 10^4 - 1, the first one must be reported
    k = 10**4
    return [[-(10**9) + i + k * j for j in range(20)] for i in range(k)]


def main():
    args = sys.argv[1:] or sys.stdin.read().split()
    # "stress S": a small random input for `problem check --stress`: the shape of one of
    # the small seeds 1..3, drawn from a stream of its own
    stress = int(args[1]) if args[0] == "stress" else None
    seed = int(args[0]) if stress is None else 1 + stress % 3
    rng = random.Random(seed if stress is None else f"stress-{stress}")
    if seed >= 30:
        feeds = extreme(seed)
        print(len(feeds))
        print("\n".join(f"{len(f)} " + " ".join(map(str, f)) for f in feeds))
        return
    if seed <= 3:
        k, total, lo, hi = rng.randint(1, 4), rng.randint(4, 14), -10, 10
    elif seed <= 5:
        k, total, lo, hi = 50, 5000, -10**6, 10**6
    else:
        total = 2 * 10**5
        k, lo, hi = {6: (2, -10**9, 10**9), 7: (10**4, -10**9, 10**9), 8: (2000, -10**9, 10**9),
                     9: (3000, 0, 500), 10: (500, -10**9, 10**9), 11: (5000, -10**6, 10**6),
                     12: (10**4, -10**9, 10**9)}[seed]
    k = min(k, total)
    sizes = [1] * k
    for _ in range(total - k):
        sizes[rng.randrange(k)] += 1
    feeds = []
    for i, L in enumerate(sizes):
        if seed == 10 and i == 0:
            L = 1  # one feed with a single event pins every window
        if seed == 12:
            # each feed concentrated in its own region, plus a few global events
            c = rng.randint(lo, hi)
            f = [min(hi, max(lo, c + rng.randint(-10**6, 10**6))) for _ in range(L)]
        else:
            f = [rng.randint(lo, hi) for _ in range(L)]
        feeds.append(sorted(f))
    print(k)
    print("\n".join(f"{len(f)} " + " ".join(map(str, f)) for f in feeds))


main()
