import json
import random
import sys

APIS = ["Pool.map", "Pool.map", "Pool.starmap", "Pool.imap", "Pool.imap_unordered", "Executor.map"]


def main():
    seed = int(sys.argv[1]) if len(sys.argv) > 1 else int(sys.stdin.read().split()[0])
    rng = random.Random(seed)
    q = 10**4 if seed >= 7 else rng.randint(1, 30 * seed)
    cpus = rng.choice([1, 2, 4, 8, 12, 16, 64])
    calls = []
    for _ in range(q):
        n = rng.choice([0, rng.randint(1, 100), rng.randint(1, 10**4), rng.randint(1, 10**9)])
        workers = None if rng.random() < 0.2 else rng.randint(1, 64)
        chunksize = None if rng.random() < 0.6 else rng.choice([1, 2, 7, rng.randint(1, 10**6)])
        calls.append([rng.choice(APIS), n, workers, chunksize])
    print(json.dumps({"args": [cpus, calls]}))


main()
