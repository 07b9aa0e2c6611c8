import json
import random
import sys


def main() -> None:
    seed = int(sys.argv[1]) if len(sys.argv) > 1 else int(sys.stdin.read().split()[0])
    rng = random.Random(seed)
    if seed <= 3:
        n, top = rng.randint(1, 8), 6
    elif seed <= 6:
        n, top = rng.randint(50, 300), 100
    else:
        n, top = 1000, 1000
    wants = [rng.randint(1, top) for _ in range(n)]
    k = [0, n - 1, rng.randrange(n), n // 2][seed % 4]
    if seed == 10:
        wants = [1000] * n  # 10^6 seconds to simulate
        k = n - 1
    print(json.dumps({"args": [wants, k]}))


main()
