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
        n, top = rng.randint(2, 12), 40
    elif seed <= 6:
        n, top = rng.randint(1000, 10000), 10**6
    else:
        n, top = 100000, 10**9
    spots = rng.sample(range(top + 1), n)
    if seed in (2, 5, 8):
        k = 2  # the two extreme spots
    elif seed in (3, 6):
        k = n  # every spot is used
    elif seed == 10:
        k = 3  # few hives: the answer is huge
    else:
        k = rng.randint(2, n)
    print(json.dumps({"args": [spots, k]}))


if __name__ == "__main__":
    main()
