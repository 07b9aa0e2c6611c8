import json
import random
import sys


def main() -> None:
    seed = int(sys.argv[1]) if len(sys.argv) > 1 else int(sys.stdin.read().strip())
    rng = random.Random(seed)
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
