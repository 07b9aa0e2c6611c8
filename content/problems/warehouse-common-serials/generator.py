import json
import random
import sys


def main() -> None:
    seed = int(sys.argv[1]) if len(sys.argv) > 1 else int(sys.stdin.read().strip())
    rng = random.Random(seed)
    if seed <= 3:
        n, m, top = rng.randint(0, 10), rng.randint(0, 10), 8
    elif seed <= 6:
        n, m, top = rng.randint(100, 5000), rng.randint(100, 5000), 3000
    else:
        n, m, top = 100000, 100000, [10**9, 200000, 10**5, 50][seed - 7]
    first = sorted(rng.randint(-top, top) for _ in range(n))
    second = sorted(rng.randint(-top, top) for _ in range(m))
    print(json.dumps({"args": [first, second]}))


if __name__ == "__main__":
    main()
