"""Delivery logs: at-least-once redeliveries, out-of-order duplicates, late replays."""
import json
import random
import sys


def main():
    args = sys.argv[1:] or sys.stdin.read().split()
    # "stress S": a small random input for `problem check --stress`: the shape of one of
    # the small seeds 1..3, drawn from a stream of its own
    stress = int(args[1]) if args[0] == "stress" else None
    seed = int(args[0]) if stress is None else 1 + stress % 3
    rng = random.Random(seed if stress is None else f"stress-{stress}")
    if seed <= 3:
        n, retention, accounts, gap = rng.randint(8, 20), rng.randint(3, 10), 3, 3
    elif seed <= 6:
        n, retention, accounts, gap = 5000, [50, 1000, 10**6][seed - 4], [5, 100, 1000][seed - 4], 5
    else:
        n = 2 * 10**5
        retention, accounts, gap = {7: (10**9, 10**4, 10**4), 8: (100, 50, 1),
                                    9: (5000, 10**4, 3), 10: (1, 10, 0)}[seed]
    names = [f"acct-{rng.randrange(10**6):06d}" for _ in range(accounts)]
    payload = {}
    ids = []
    deliveries = []
    t = rng.randint(0, 100)
    for _ in range(n):
        t = min(10**12, t + rng.randint(0, gap))
        if ids and rng.random() < 0.35:
            r = rng.random()
            if r < 0.5:
                mid = ids[-1 - rng.randrange(min(len(ids), 5))]  # quick redelivery
            else:
                mid = rng.choice(ids)  # late or out-of-order duplicate
            if rng.random() < 0.05:
                t = min(10**12, t + retention)  # jump past the retention window
        else:
            mid = f"msg-{rng.randrange(16**8):08x}"
            if mid not in payload:
                payload[mid] = (rng.choice(names), rng.randint(-10**6, 10**6))
                ids.append(mid)
        account, delta = payload[mid]
        deliveries.append([t, mid, account, delta])
    print(json.dumps({"args": [retention, deliveries]}))


main()
