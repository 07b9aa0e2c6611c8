"""Quorum workloads: replicas crash and recover while clients write and read hot keys."""
import json
import random
import sys


def extreme(seed, rng):
    """Named modes (seeds 30..31): n = 50, 5 * 10^4 ops on keys near 10^9, values "" or 10 long."""
    n = 50
    w = r = n if seed == 30 else 1  # 30: every replica needed (any crash fails); 31: any one will do
    keys = [10**9 - j for j in range(60)]
    values = ["", "z" * 10, "0", " "]
    max_down = 1 if seed == 30 else n - 1  # 30: one crash at a time, so some writes succeed
    down, ops = set(), []
    for c in range(5 * 10**4):
        x = rng.random()
        if x < 0.1:
            if down and (len(down) >= max_down or rng.random() < 0.4):
                i = rng.choice(sorted(down))
                ops.append(["up", i])
                down.discard(i)
            else:
                i = rng.randrange(n)
                ops.append(["down", i])
                down.add(i)
        elif x < 0.5:
            ops.append(["write", rng.choice(keys), rng.choice(values) if c % 3 else f"{c:010d}"])
        else:
            ops.append(["read", rng.choice(keys)])
    return [n, w, r, ops]


def main():
    args = sys.argv[1:] or sys.stdin.read().split()
    # "stress S": a small random input for `problem check --stress`: the shape of one of
    # the small seeds 1..3, drawn from a stream of its own
    stress = int(args[1]) if args[0] == "stress" else None
    seed = int(args[0]) if stress is None else 1 + stress % 3
    rng = random.Random(seed if stress is None else f"stress-{stress}")
    if seed >= 30:
        print(json.dumps({"args": extreme(seed, rng)}))
        return
    if seed <= 3:
        n, m, keys = rng.randint(1, 5), rng.randint(10, 30), 3
        w, r = rng.randint(1, n), rng.randint(1, n)
    elif seed <= 6:
        n, m, keys = [3, 5, 9][seed - 4], 5000, [5, 50, 500][seed - 4]
        w, r = rng.randint(1, n), rng.randint(1, n)
        if seed == 5:
            r = n - w + 1  # a strict quorum: r + w = n + 1
    else:
        m = 5 * 10**4
        n, w, r, keys = {7: (3, 2, 1, 10), 8: (5, 2, 4, 1000), 9: (50, 26, 25, 10**4),
                         10: (20, 5, 5, 100)}[seed]
    max_down = max(0, min(n - 1, n - max(w, r) + rng.choice([0, 0, 1])))
    ops = []
    down = set()
    counter = 0
    for _ in range(m):
        x = rng.random()
        if x < 0.12:
            if down and (len(down) >= max_down or rng.random() < 0.5):
                i = rng.choice(sorted(down))
                ops.append(["up", i])
                down.discard(i)
            else:
                i = rng.randrange(n)
                ops.append(["down", i])
                down.add(i)
        elif x < 0.5:
            counter += 1
            ops.append(["write", rng.randrange(keys), f"v{counter}"])
        else:
            ops.append(["read", rng.randrange(keys) if rng.random() < 0.95 else rng.randrange(10**9)])
    print(json.dumps({"args": [n, w, r, ops]}))


main()
