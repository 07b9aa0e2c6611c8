"""Backoff parameters: every strategy, caps reached early or never, very long retry chains."""
import json
import random
import sys


def main():
    args = sys.argv[1:] or sys.stdin.read().split()
    # "stress S": a small random input for `problem check --stress`: the shape of one of
    # the small seeds 1..4, drawn from a stream of its own
    stress = int(args[1]) if args[0] == "stress" else None
    seed = int(args[0]) if stress is None else 1 + stress % 4
    rng = random.Random(seed if stress is None else f"stress-{stress}")
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
