import json
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
        n = rng.randint(0, 14)
    elif seed <= 8:
        n = rng.randint(500, 3000)
    else:
        n = 100_000
    mode = seed % 4
    if mode == 0:
        k = rng.randint(2, 6)
    elif mode == 1:
        k = max(1, n)  # one block: the whole list
    elif mode == 2:
        k = rng.randint(1, max(1, n // 3))
        n -= n % k  # a multiple of k: the last block is full
    else:
        k = rng.randint(max(1, n // 2 + 1), max(1, n))  # one full block plus a long tail
    vals = [rng.randint(-10**9, 10**9) for _ in range(n)]
    print(json.dumps({"args": [vals, k]}))


main()
