"""Backoff parameters: every strategy, caps reached early or never, very long retry chains."""
import json
import random
import sys


def main():
    seed = int(sys.argv[1]) if len(sys.argv) > 1 else int(sys.stdin.read().split()[0])
    rng = random.Random(seed)
    strategies = ["none", "full", "equal", "decorrelated"]
    strategy = strategies[seed % 4]
    if seed <= 4:
        attempts = rng.randint(3, 12)
    elif seed <= 8:
        attempts = rng.randint(50, 1500)
    else:
        attempts = 10**4
    base = rng.choice([1, 10, 100, rng.randint(1, 10**6)])
    cap = rng.choice([base, base * 7, rng.randint(base, 10**9), 10**9])
    print(json.dumps({"args": [base, cap, attempts, strategy, rng.randrange(2**32)]}))


main()
