import json
import random
import sys


def main() -> None:
    seed = int(sys.argv[1]) if len(sys.argv) > 1 else int(sys.stdin.read().split()[0])
    rng = random.Random(seed)
    if seed <= 4:
        n, top = rng.randint(2, 12), 20
    elif seed <= 8:
        n, top = rng.randint(300, 2000), rng.choice([50, 10**4, 10**9])
    else:
        n, top = 200_000, [10**9, 10**5, 1000, 10**9][seed % 4]
    weights = [rng.randint(1, top) for _ in range(n)]
    a = rng.randint(2, 2 * top)
    b = rng.randint(2, 2 * top)
    lo, hi = min(a, b), max(a, b)
    if seed % 3 == 0:
        lo = max(1, hi - rng.randint(0, max(1, top // 10)))
    print(json.dumps({"args": [weights, lo, hi]}))


main()
