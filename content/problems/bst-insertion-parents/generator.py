"""Insertion sequences: random, sorted, reversed, zig-zag and mixed shapes."""
import random
import sys


def main():
    args = sys.argv[1:] or sys.stdin.read().split()
    # "stress S": a small random input for `problem check --stress`: the shape of one of
    # the small seeds 1..3, drawn from a stream of its own
    stress = int(args[1]) if args[0] == "stress" else None
    seed = int(args[0]) if stress is None else 1 + stress % 3
    rng = random.Random(seed if stress is None else f"stress-{stress}")
    if seed <= 3:
        n = rng.randint(2, 10)
    elif seed <= 6:
        n = rng.randint(500, 1000)
    elif seed <= 8:
        n = 5000
    else:
        n = 2 * 10**5
    kind = {1: "random", 2: "random", 3: "zigzag", 4: "random", 5: "asc", 6: "mixed",
            7: "zigzag", 8: "desc", 9: "random", 10: "asc", 11: "desc", 12: "zigzag",
            13: "mixed", 14: "asc-gaps"}[seed]
    vals = sorted(rng.sample(range(1, 10**9 + 1), n))
    if kind == "random":
        rng.shuffle(vals)
        a = vals
    elif kind in ("asc", "asc-gaps"):
        a = vals
    elif kind == "desc":
        a = vals[::-1]
    elif kind == "zigzag":
        a, lo, hi = [], 0, n - 1
        while lo <= hi:
            a.append(vals[lo])
            lo += 1
            if lo <= hi:
                a.append(vals[hi])
                hi -= 1
    else:  # mixed: a long sorted spine, then the rest shuffled
        k = n // 2
        spine = vals[::2][:k]
        rest = [v for v in vals if v not in set(spine)] if n <= 2000 else sorted(set(vals) - set(spine))
        rng.shuffle(rest)
        a = spine + rest
    if kind == "asc-gaps":
        # nearly sorted: a few random swaps keep the tree deep
        for _ in range(50):
            i, j = rng.randrange(n), rng.randrange(n)
            a[i], a[j] = a[j], a[i]
    print(n)
    print(" ".join(map(str, a)))


main()
