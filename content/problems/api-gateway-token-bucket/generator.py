"""Call sequences for TokenBucket: bursts, idle gaps, fractional refills, huge clocks."""
import json
import random
import sys


def extreme(seed):
    """Named modes (seeds 30..33): the ends of every range, 2 * 10^5 calls each."""
    q = 2 * 10**5
    ops, args = ["TokenBucket"], []
    if seed == 30:
        # capacity, rate and cost all 10^9: full again after every second, so each new second
        # pays and a second call at the same instant is refused; ends at 10^12
        args.append([10**9, 10**9])
        for i in range(q - 2):
            ops.append("allow")
            args.append([10**12 - 1000 * ((q - 2 - i) // 2), 10**9])
        ops.append("available")
        args.append([10**12])
    elif seed == 31:
        # capacity 10^9, 2 tokens per second: drained at 0, then exactly 1.000 token is back at
        # each 500 ms boundary (at least cost, not more); then idle to 10^12: full, exactly
        args.append([10**9, 2])
        ops.append("allow")
        args.append([0, 10**9])
        for i in range(q - 5):
            t = (i // 2) * 500
            ops.append("allow" if i % 3 else "available")
            args.append([t, 1] if i % 3 else [t])
        ops += ["available", "allow", "allow"]
        args += [[10**12], [10**12, 10**9], [10**12, 1]]
    elif seed == 32:
        # capacity 1, 1 token per second, cost 1: the clock steps 999 then 1 ms, so the
        # bucket holds 0.999 and then exactly 1.000 (refused, then let through)
        args.append([1, 1])
        t = 0
        for i in range(q - 1):
            t += 999 if i % 2 else 1
            ops.append("allow")
            args.append([t, 1])
    elif seed == 34:
        # a float trap at the top of the range: capacity 10^9, 1 token per second; take 1 token,
        # then ask every 2 ms: 0.002 added 500 times to ~10^9 in floating point ends below the
        # capacity (999999999.99998...), and after 1000 ms the bucket is exactly full (10^9)
        args.append([10**9, 1])
        t = 0
        while len(ops) < q - 501:
            ops.append("allow")
            args.append([t, 1])
            for _ in range(500):
                t += 2
                ops.append("available")
                args.append([t])
    else:
        # 33: every call at the same instant 10^12, cost 1, capacity 10^5: the first 10^5 pass
        args.append([10**5, 10**9])
        for i in range(q - 1):
            ops.append("available" if i % 7 == 6 else "allow")
            args.append([10**12] if i % 7 == 6 else [10**12, 1])
    return ops, args


def main():
    args = sys.argv[1:] or sys.stdin.read().split()
    # "stress S": a small random input for `problem check --stress`: the shape of one of
    # the small seeds 1..3, drawn from a stream of its own
    stress = int(args[1]) if args[0] == "stress" else None
    seed = int(args[0]) if stress is None else 1 + stress % 3
    rng = random.Random(seed if stress is None else f"stress-{stress}")
    if seed >= 30:
        ops, calls = extreme(seed)
        print(json.dumps({"ops": ops, "args": calls}))
        return
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
