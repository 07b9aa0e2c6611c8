"""Score lists: random, many ties, sorted, reversed, nearly sorted, negative values."""
import json
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
        n, lo, hi = rng.randint(0, 10), -5, 5
    elif seed <= 5:
        n, lo, hi = 2000, -10**9, 10**9
    else:
        n, lo, hi = 10**5, -10**9, 10**9
    kind = {6: "random", 7: "reversed", 8: "ties", 9: "sorted", 10: "nearly", 11: "negative",
            12: "reversed-ties"}.get(seed, "random")
    if kind == "ties":
        a = [rng.randint(0, 10) for _ in range(n)]
    elif kind == "negative":
        a = [rng.randint(-10**9, -1) for _ in range(n)]
    else:
        a = [rng.randint(lo, hi) for _ in range(n)]
    if kind == "reversed":
        a.sort(reverse=True)
    elif kind == "sorted":
        a.sort()
    elif kind == "nearly":
        a.sort()
        for _ in range(100):
            i, j = rng.randrange(n), rng.randrange(n)
            a[i], a[j] = a[j], a[i]
    elif kind == "reversed-ties":
        a = sorted((rng.randint(-50, 50) for _ in range(n)), reverse=True)
    print(json.dumps({"args": [a]}))


main()
