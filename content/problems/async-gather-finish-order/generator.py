import json
import random
import sys


def main():
    seed = int(sys.argv[1]) if len(sys.argv) > 1 else int(sys.stdin.read().split()[0])
    rng = random.Random(seed)
    n = 100 if seed >= 7 else rng.randint(1, 10 * seed)
    cap = 500 if seed >= 7 else rng.choice([0, 3, 20, 100])
    jobs = [[f"job{i}", rng.randint(0, cap), rng.random() < 0.2] for i in range(n)]
    print(json.dumps({"args": [jobs]}))


main()
