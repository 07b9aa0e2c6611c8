import json
import random
import sys


def main() -> None:
    args = sys.argv[1:] or sys.stdin.read().split()
    # "stress S": a small random input for `problem check --stress`: the shape of one of
    # the small seeds 1..3, drawn from a stream of its own
    stress = int(args[1]) if args[0] == "stress" else None
    seed = int(args[0]) if stress is None else 1 + stress % 3
    rng = random.Random(seed if stress is None else f"stress-{stress}")
    if seed <= 3:
        n = rng.randint(0, 12)
    elif seed <= 6:
        n = rng.randint(100, 5000)
    else:
        n = 100_000
    k = [1, rng.randint(2, 5), rng.randint(2, max(2, n + 1)), max(1, n)][seed % 4]
    vals = [rng.randint(-10**9, 10**9) for _ in range(n)]
    print(json.dumps({"args": [vals, k]}))


main()
