"""Call sequences for ExpiringLRUCache: churn under pressure, mixed TTLs, expiry waves."""
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
        q, capacity, keys, ttl_hi, gap = rng.randint(15, 40), rng.randint(1, 3), 5, 30, 6
    elif seed <= 6:
        q, capacity, keys = 4000, [10, 100, 1000][seed - 4], [30, 400, 3000][seed - 4]
        ttl_hi, gap = [50, 2000, 10**6][seed - 4], [5, 40, 1000][seed - 4]
    else:
        q = 2 * 10**5
        capacity, keys, ttl_hi, gap = {7: (10**5, 2 * 10**5, 10**9, 3),
                                       8: (50000, 120000, 5000, 1),
                                       9: (10**5, 10**5, 10**6, 20),
                                       10: (30000, 10**6, 10**9, 10**4)}[seed]
    pool = [f"s{rng.randrange(16**8):08x}" for _ in range(keys)]
    ops, args = ["ExpiringLRUCache"], [[capacity]]
    now = 0
    recent = []
    for _ in range(q - 1):
        now = min(10**12, now + rng.randint(0, gap))
        r = rng.random()
        if r < 0.5:
            key = rng.choice(pool)
            ttl = rng.randint(1, ttl_hi) if rng.random() < 0.8 else rng.randint(1, 5)
            ops.append("put")
            args.append([key, rng.randint(-10**9, 10**9), ttl, now])
            recent.append(key)
        elif r < 0.93:
            if recent and rng.random() < 0.7:
                key = recent[-1 - rng.randrange(min(len(recent), 2 * capacity + 5))]
            else:
                key = rng.choice(pool)
            ops.append("get")
            args.append([key, now])
        else:
            ops.append("size")
            args.append([now])
    print(json.dumps({"ops": ops, "args": args}))


main()
