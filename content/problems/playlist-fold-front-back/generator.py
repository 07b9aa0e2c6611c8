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
        n = rng.randint(0, 11)
    elif seed <= 8:
        n = rng.randint(500, 3000)
    else:
        n = 100_000 - (seed % 2)  # both parities at the maximum size
    top = 10**9 if seed % 3 else 5
    vals = [rng.randint(-top, top) for _ in range(n)]
    print(json.dumps({"args": [vals]}))


main()
