import json
import random
import sys


def main() -> None:
    args = sys.argv[1:] or sys.stdin.read().split()
    # "stress S": a small random input for `problem check --stress`: the shape of one of
    # the small seeds 1..4, drawn from a stream of its own
    stress = int(args[1]) if args[0] == "stress" else None
    seed = int(args[0]) if stress is None else 1 + stress % 4
    rng = random.Random(seed if stress is None else f"stress-{stress}")
    if seed <= 4:
        q, cap = rng.randint(5, 40), rng.randint(1, 5)
    elif seed <= 8:
        q, cap = rng.randint(1000, 5000), rng.randint(1, 300)
    else:
        q, cap = 200_000, [100_000, 100_000, 1, 1000][seed % 4]
    ops, args = ["RingBuffer"], [[cap]]
    count = 0
    mode = seed % 4
    if mode == 0 and seed > 8:
        # fill completely, then alternate poll/offer so every poll sees a full buffer
        for _ in range(cap):
            ops.append("offer")
            args.append([rng.randint(-10**9, 10**9)])
        count = cap
    while len(ops) < q:
        r = rng.random()
        fill_bias = 0.5 if mode != 1 else 0.6
        if r < fill_bias * 0.6:
            ops.append("offer")
            args.append([rng.randint(-10**9, 10**9)])
            count = min(cap, count + 1)
        elif r < 0.6:
            ops.append("poll")
            args.append([])
            count = max(0, count - 1)
        else:
            ops.append(rng.choice(["front", "rear", "size", "is_full"]))
            args.append([])
    print(json.dumps({"ops": ops, "args": args}))


main()
