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
        n, top = 6, 20
    elif seed <= 7:
        n, top = 11, 40
    else:
        n, top = 15, 100 if seed == 8 else 30
    prices = rng.sample(range(1, top + 1), n)
    if seed >= 9:
        # aim at the middle of the subset-sum range, where boxes are most numerous
        budget = sum(prices) // 2
    else:
        k = rng.randint(1, n)
        budget = sum(rng.sample(prices, k))
    print(json.dumps({"args": [prices, budget]}))


if __name__ == "__main__":
    main()
