"""Call sequences for SlidingLogLimiter: many clients, bursts, window edges, long histories."""
import json
import random
import sys


def extreme(seed, rng):
    """Named modes (seeds 30..31), 2 * 10^5 calls each."""
    if seed == 30:
        # limit 10^5, window 10^12: a full log at time 0, then allow/remaining just before it
        # expires (10^12 - 1: rejected, 0 left) and at the very top of the clock (10^12: all free)
        ops, args = ["SlidingLogLimiter"], [[10**5, 10**12]]
        for t, count in ((0, 10**5), (10**12 - 1, 5 * 10**4), (10**12, 5 * 10**4 - 1)):
            for i in range(count):
                ops.append("remaining" if i % 2 else "allow")
                args.append(["c", t])
        return {"ops": ops, "args": args}
    # 31: ~9 * 10^4 distinct clients of 20 printable characters (spaces, quotes, backslashes),
    # limit 1, window 1: each allowed once, then rejected at the same instant
    ops, args = ["SlidingLogLimiter"], [[1, 1]]
    alphabet = [chr(c) for c in range(32, 127)]
    seen = set()
    now = 0
    while len(ops) < 2 * 10**5 - 2:
        name = "".join(rng.choice(alphabet) for _ in range(20))
        if name in seen:
            continue
        seen.add(name)
        now += rng.randint(0, 1)
        ops += ["allow", "allow", "remaining"][: 3 if len(seen) % 4 == 0 else 2]
        args += [[name, now]] * (3 if len(seen) % 4 == 0 else 2)
    return {"ops": ops, "args": args}


def main():
    args = sys.argv[1:] or sys.stdin.read().split()
    # "stress S": a small random input for `problem check --stress`: the shape of one of
    # the small seeds 1..3, drawn from a stream of its own
    stress = int(args[1]) if args[0] == "stress" else None
    seed = int(args[0]) if stress is None else 1 + stress % 3
    rng = random.Random(seed if stress is None else f"stress-{stress}")
    if seed >= 30:
        print(json.dumps(extreme(seed, rng)))
        return
    if seed <= 3:
        q, clients, limit, window = rng.randint(10, 30), 2, rng.randint(1, 3), rng.randint(5, 50)
    elif seed <= 6:
        q, clients = 3000, [1, 5, 50][seed - 4]
        limit, window = rng.randint(1, 20), rng.randint(10, 1000)
    else:
        q = 2 * 10**5
        clients, limit, window = {7: (1, 10**5, 10**9), 8: (3, 60000, 10**8),
                                  9: (1000, 50, 5000), 10: (2, 10**5, 10**12)}[seed]
    names = [f"key-{rng.randrange(10**6):06d}" for _ in range(clients)]
    ops, args = ["SlidingLogLimiter"], [[limit, window]]
    now = rng.randint(0, 10)
    step = max(1, (2 * window * max(1, clients)) // max(1, limit * 3))
    for _ in range(q - 1):
        r = rng.random()
        if r < 0.5:
            now += rng.randint(0, step)
        elif r < 0.52:
            now += window  # land exactly one window later
        now = min(now, 10**12)
        client = rng.choice(names) if rng.random() < 0.97 else "stranger"
        if rng.random() < 0.85:
            ops.append("allow")
        else:
            ops.append("remaining")
        args.append([client, now])
    print(json.dumps({"ops": ops, "args": args}))


main()
