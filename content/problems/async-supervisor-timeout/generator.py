import json
import random
import sys


def main():
    seed = int(sys.argv[1]) if len(sys.argv) > 1 else int(sys.stdin.read().split()[0])
    rng = random.Random(seed)
    n = rng.randint(1, 3 + seed // 2) if seed < 9 else 6
    # distinct step counts, 10 apart: cancellation latency can never reorder events
    steps = rng.sample(range(0, 70, 10), n)
    weights = rng.choice([(8, 1, 1), (5, 3, 2), (4, 1, 4), (6, 4, 0), (6, 0, 4)])
    jobs = []
    for i, s in enumerate(steps):
        outcome = rng.choices(["ok", "fail", "hang"], weights)[0]
        jobs.append([f"t{i}", s, outcome])
    print(json.dumps({"args": [jobs, rng.choice([15, 25, 40])]}))


main()
