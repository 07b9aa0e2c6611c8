import json
import random
import sys


def main() -> None:
    seed = int(sys.argv[1]) if len(sys.argv) > 1 else int(sys.stdin.read().strip())
    rng = random.Random(seed)
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
