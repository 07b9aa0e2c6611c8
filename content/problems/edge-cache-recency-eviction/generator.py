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
    if seed == 30:
        # capacity 10^5 filled with keys spread over the whole range (0 and 10^9 included), values
        # 0 or 10^9; then rounds of: read the newest key, insert a fresh key (evicting the oldest),
        # read the key just evicted (-1)
        cap = 100_000
        keys = [10**9 - 10_000 * i for i in range(cap)]  # 10^9 down to 10^4
        ops, args = ["EdgeCache"], [[cap]]
        for i, key in enumerate(keys):
            ops.append("put")
            args.append([key, 0 if i % 2 else 10**9])
        oldest, fresh = 0, 1
        while len(ops) + 4 <= 200_000:
            ops += ["get", "put", "get"]
            args += [[keys[-1]], [fresh, 0 if fresh % 2 else 10**9], [keys[oldest]]]
            keys.append(fresh)
            oldest, fresh = oldest + 1, fresh + 1
        ops.append("get")
        args.append([0])  # key 0 was never written: -1
        print(json.dumps({"ops": ops, "args": args}))
        return
    if seed <= 4:
        q, cap = rng.randint(5, 40), rng.randint(1, 4)
    elif seed <= 8:
        q, cap = rng.randint(1000, 5000), rng.randint(1, 200)
    else:
        q, cap = 200_000, [100_000, 1, 1000, 100_000][seed % 4]
    # key universe slightly larger than the capacity so hits, misses and evictions all happen
    universe = max(2, int(cap * rng.choice([1.2, 1.5, 3])))
    ops, args = ["EdgeCache"], [[cap]]
    mode = seed % 4
    if mode == 0 and seed > 8:
        # warm the cache to full so every later call works on a large recency list
        for key in range(cap):
            ops.append("put")
            args.append([key, rng.randint(0, 10**9)])
    keys_seen: list[int] = []
    while len(ops) < q:
        r = rng.random()
        if r < 0.45:
            if not keys_seen or rng.random() < 0.6:
                key = rng.randrange(universe)
            else:  # a recently written key
                key = keys_seen[rng.randrange(max(0, len(keys_seen) - cap), len(keys_seen))]
            ops.append("put")
            args.append([key, rng.randint(0, 10**9)])
            keys_seen.append(key)
        else:
            if keys_seen and rng.random() < 0.7:
                key = keys_seen[rng.randrange(max(0, len(keys_seen) - 2 * cap), len(keys_seen))]
            else:
                key = rng.randrange(universe)
            ops.append("get")
            args.append([key])
    print(json.dumps({"ops": ops, "args": args}))


main()
