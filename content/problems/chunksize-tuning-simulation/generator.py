import json
import random
import sys


def main():
    seed = int(sys.argv[1]) if len(sys.argv) > 1 else int(sys.stdin.read().split()[0])
    rng = random.Random(seed)
    big = seed >= 8
    n = 50000 if big else rng.randint(1, 15 * seed)
    workers = rng.choice([1, 2, 3, 4, 8, 16, 64])
    shape = rng.choice(["uniform", "skewed", "sorted_desc", "spikes"])
    if shape == "uniform":
        d = [rng.randint(1, 100) for _ in range(n)]
    elif shape == "skewed":
        d = [min(10**4, int(rng.paretovariate(1.2) * 10)) for _ in range(n)]
    elif shape == "sorted_desc":
        d = sorted((rng.randint(1, 10**4) for _ in range(n)), reverse=True)
    else:
        d = [10**4 if rng.random() < 0.01 else rng.randint(1, 5) for _ in range(n)]
    overhead = rng.choice([0, 1, 10, 100, 1000, 10**5, 10**6])
    print(json.dumps({"args": [d, workers, overhead]}))


main()
