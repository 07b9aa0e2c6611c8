import json
import random
import sys


def main():
    seed = int(sys.argv[1]) if len(sys.argv) > 1 else int(sys.stdin.read().split()[0])
    rng = random.Random(seed)
    n = rng.randint(1, 3 + seed) if seed < 8 else 8
    cap = 20 if seed < 8 else 150
    names = [f"w{i}" for i in range(n)]
    times = [rng.randint(0, cap) for _ in range(n)]
    print(json.dumps({"args": [names, times]}))


main()
