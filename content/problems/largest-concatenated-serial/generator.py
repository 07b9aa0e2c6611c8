"""Serials that share prefixes (3, 30, 303, 34, ...), zeros, powers of ten, random values."""
import random
import sys


def prefixy(rng):
    base = rng.choice(["3", "9", "8", "1", "12", "121", "89", "898"])
    s = base
    while len(s) < 9 and rng.random() < 0.6:  # at most 9 digits: serial <= 10^9
        s += rng.choice([base[0], "0", base[-1]])
    return str(int(s)) if s else "0"


def main():
    args = sys.argv[1:] or sys.stdin.read().split()
    # "stress S": a small random input for `problem check --stress`: the shape of one of
    # the small seeds 1..3, drawn from a stream of its own
    stress = int(args[1]) if args[0] == "stress" else None
    seed = int(args[0]) if stress is None else 1 + stress % 3
    rng = random.Random(seed if stress is None else f"stress-{stress}")
    if seed <= 3:
        n = rng.randint(1, 8)
    elif seed <= 5:
        n = 1000
    else:
        n = 10**5
    if seed == 7:
        vals = ["0"] * n
    elif seed == 8:
        vals = [str(10 ** rng.randint(0, 9)) if rng.random() < 0.5 else "0" for _ in range(n)]
    elif seed in (4, 9):
        vals = [prefixy(rng) for _ in range(n)]
    else:
        vals = [str(rng.choice([rng.randint(0, 9), rng.randint(0, 999), rng.randint(0, 10**9)]))
                for _ in range(n)]
    print(n)
    print(" ".join(vals))


main()
