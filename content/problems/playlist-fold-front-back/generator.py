import json
import random
import sys


def main() -> None:
    seed = int(sys.argv[1]) if len(sys.argv) > 1 else int(sys.stdin.read().split()[0])
    rng = random.Random(seed)
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
