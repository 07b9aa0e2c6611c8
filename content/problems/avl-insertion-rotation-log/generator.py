"""Insertion sequences for the AVL log: random, sorted, zig-zag, many repeats."""
import random
import sys


def main():
    args = sys.argv[1:] or sys.stdin.read().split()
    # "stress S": a small random input for `problem check --stress`: the shape of one of
    # the small seeds 1..3, drawn from a stream of its own
    stress = int(args[1]) if args[0] == "stress" else None
    seed = int(args[0]) if stress is None else 1 + stress % 3
    rng = random.Random(seed if stress is None else f"stress-{stress}")
    if seed >= 30:
        n = 10**5
        if seed == 30:  # only the two ends of the key range, repeated: a 2-node tree, no rotation
            a = [(-1) ** i * 10**9 for i in range(n)]
        elif seed == 31:  # strictly descending over the whole range: left-left rotations only
            a = [10**9 - 20000 * i for i in range(n)]
        else:  # 32: 5 * 10^4 distinct keys, then every one of them again (repeats change nothing)
            half = list(range(-10**9, -10**9 + 5 * 10**4))
            rng.shuffle(half)
            a = half + half[::-1]
        print(n)
        print(" ".join(map(str, a)))
        return
    if seed <= 3:
        n, kind = rng.randint(3, 12), "random-small-range"
    elif seed <= 5:
        n, kind = 1000, ["random-small-range", "random"][seed - 4]
    elif seed <= 8:
        n, kind = 10**4, ["asc", "desc", "zigzag"][seed - 6]
    else:
        n = 10**5
        kind = {9: "random", 10: "asc", 11: "zigzag", 12: "random-small-range", 13: "doubles"}[seed]
    if kind == "random":
        a = [rng.randint(-10**9, 10**9) for _ in range(n)]
    elif kind == "random-small-range":
        a = [rng.randint(-n // 2, n // 2) for _ in range(n)]
    elif kind == "asc":
        start = rng.randint(-10**9, 0)
        a = [start + 3 * i for i in range(n)]
    elif kind == "desc":
        a = [10**9 - 7 * i for i in range(n)]
    elif kind == "zigzag":
        a, lo, hi = [], -10**9, 10**9
        for i in range(n):
            if i % 2 == 0:
                a.append(lo)
                lo += rng.randint(1, 1000)
            else:
                a.append(hi)
                hi -= rng.randint(1, 1000)
    else:  # "doubles": pairs that keep landing in the inner subtree, forcing double rotations
        a = []
        step = 2**20
        base = 0
        while len(a) < n:
            a.append(base)
            a.append(base + 2 * step)
            a.append(base + step)
            base += 4 * step
            if base > 10**9 - 4 * step:
                step //= 2
                base = -10**9 + rng.randint(0, step)
        a = a[:n]
    print(n)
    print(" ".join(map(str, a)))


main()
