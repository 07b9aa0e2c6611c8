"""Call sequences for TokenBucket: bursts, idle gaps, fractional refills, huge clocks."""
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
        q, max_gap, cap_hi, rate_hi = rng.randint(10, 30), 700, 8, 9
    elif seed <= 6:
        q, max_gap, cap_hi, rate_hi = 2000, [50, 3000, 10**6][seed - 4], 1000, 2000
    else:
        q = 2 * 10**5
        max_gap, cap_hi, rate_hi = {7: (10, 50, 7), 8: (5 * 10**6, 10**9, 10**9),
                                    9: (10**4, 10**6, 999), 10: (10**7, 10**4, 3)}[seed]
    capacity = rng.randint(1, cap_hi)
    rate = rng.randint(1, rate_hi)
    ops, args = ["TokenBucket"], [[capacity, rate]]
    now = 0
    for _ in range(q - 1):
        r = rng.random()
        if r < 0.6:
            now += rng.randint(0, max_gap)
        elif r < 0.8:
            pass  # several calls at the same instant: a burst
        else:
            now += rng.randint(0, max(1, max_gap // 20))
        now = min(now, 10**12)
        if rng.random() < 0.85:
            if rng.random() < 0.05:
                cost = rng.randint(capacity, capacity + 3)  # at or above capacity
            else:
                cost = rng.randint(1, max(1, capacity // rng.choice([1, 2, 5, 20])))
            ops.append("allow")
            args.append([now, min(cost, 10**9)])
        else:
            ops.append("available")
            args.append([now])
    print(json.dumps({"ops": ops, "args": args}))


main()
