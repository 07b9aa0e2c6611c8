import json
import random
import sys


def main() -> None:
    seed = int(sys.argv[1]) if len(sys.argv) > 1 else int(sys.stdin.read().split()[0])
    rng = random.Random(seed)
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
