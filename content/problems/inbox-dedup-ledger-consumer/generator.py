"""Delivery logs: at-least-once redeliveries, out-of-order duplicates, late replays."""
import json
import random
import sys


def main():
    seed = int(sys.argv[1]) if len(sys.argv) > 1 else int(sys.stdin.read().split()[0])
    rng = random.Random(seed)
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
