"""Call sequences for CircuitBreaker: healthy periods, outages, flapping recoveries."""
import json
import random
import sys


def extreme(seed):
    """Named modes (seeds 30..31), 10^5 calls at the top of every range."""
    if seed == 30:
        # failure_threshold 99999: every call fails, and only the very last one trips the breaker
        ops = ["CircuitBreaker"] + ["call"] * (10**5 - 1)
        return {"ops": ops, "args": [[10**5 - 1, 10**9, 100]] + [[i, False] for i in range(10**5 - 1)]}
    # 31: cooldown 10^9 and success_threshold 100 at the end of the clock: open from 10^12 - 10^9,
    # refused just before 10^12, half-open at exactly 10^12 where 99 trials pass (one short of
    # 100) and a failure reopens it for the remaining calls
    t0 = 10**12 - 10**9
    calls = [[t0 - 2, False], [t0, False]]  # failure_threshold 2: open at t0
    calls += [[10**12 - 1, True]] * 1000  # refused
    calls += [[10**12, True]] * 99 + [[10**12, False]]  # 99 trial successes, then a failure
    calls += [[10**12, True]] * (10**5 - 1 - len(calls))  # open until the end
    ops = ["CircuitBreaker"] + ["call"] * len(calls)
    return {"ops": ops, "args": [[2, 10**9, 100]] + calls}


def main():
    args = sys.argv[1:] or sys.stdin.read().split()
    # "stress S": a small random input for `problem check --stress`: the shape of one of
    # the small seeds 1..3, drawn from a stream of its own
    stress = int(args[1]) if args[0] == "stress" else None
    seed = int(args[0]) if stress is None else 1 + stress % 3
    rng = random.Random(seed if stress is None else f"stress-{stress}")
    if seed >= 30:
        print(json.dumps(extreme(seed)))
        return
    if seed <= 3:
        q = rng.randint(15, 40)
        ft, cd, st, gap = rng.randint(1, 3), rng.randint(1, 20), rng.randint(1, 3), 6
    elif seed <= 6:
        q = 5000
        ft, cd, st, gap = rng.randint(1, 10), rng.randint(10, 10**4), rng.randint(1, 5), 300
    else:
        q = 10**5
        ft, cd, st, gap = {7: (5, 1000, 3, 100), 8: (1, 1, 1, 2), 9: (100, 10**6, 20, 10**4),
                           10: (3, 10**9, 2, 10**7)}[seed]
    ops, args = ["CircuitBreaker"], [[ft, cd, st]]
    now = 0
    healthy = True
    for _ in range(q - 1):
        if rng.random() < 0.02:
            healthy = not healthy  # the upstream goes down or recovers
        r = rng.random()
        if r < 0.03:
            now += cd  # land exactly at a cooldown distance
        elif r < 0.8:
            now += rng.randint(0, gap)
        now = min(now, 10**12)
        p_ok = 0.95 if healthy else 0.15
        if rng.random() < 0.9:
            ops.append("call")
            args.append([now, rng.random() < p_ok])
        else:
            ops.append("state")
            args.append([now])
    print(json.dumps({"ops": ops, "args": args}))


main()
