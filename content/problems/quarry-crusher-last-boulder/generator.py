import json
import random
import sys


def main() -> None:
    seed = int(sys.argv[1]) if len(sys.argv) > 1 else int(sys.stdin.read().split()[0])
    rng = random.Random(seed)
    if seed <= 3:
        n, top = rng.randint(1, 10), 20
    elif seed <= 6:
        n, top = rng.randint(500, 3000), rng.choice([10, 10**9])
    else:
        n, top = 100_000, [10**9, 1000, 10**9, 2][seed % 4]
    weights = [rng.randint(1, top) for _ in range(n)]
    print(json.dumps({"args": [weights]}))


main()
