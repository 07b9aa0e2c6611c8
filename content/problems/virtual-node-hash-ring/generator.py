"""Call sequences for HashRing: cluster growth, node failures, keys on virtual-node labels."""
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
        q, vnodes, names, changes = rng.randint(20, 40), rng.randint(1, 5), 5, 8
    elif seed <= 6:
        q, vnodes, names, changes = 3000, [10, 30, 50][seed - 4], 40, 60
    else:
        q, vnodes, names, changes = 2 * 10**5, 100, 200, [200, 500, 500, 460][seed - 7]
    prefix = rng.choice(["cache", "db", "shard", "edge"])
    pool = [f"{prefix}-{rng.randrange(10**4)}" for _ in range(names * 2)]
    ops, args = ["HashRing"], [[vnodes]]
    present = []
    initial = min(names, max(1, changes // 3))
    for node in pool[:initial]:
        ops.append("add_node")
        args.append([node])
        present.append(node)
    budget = changes - initial
    rest = q - 1 - initial
    change_at = set(rng.sample(range(rest), min(budget, rest)))
    for step in range(rest):
        if step in change_at:
            if present and (len(present) >= names or rng.random() < 0.4):
                node = rng.choice(present) if rng.random() < 0.9 else rng.choice(pool)
                ops.append("remove_node")
                if node in present:
                    present.remove(node)
            else:
                node = rng.choice(pool)
                ops.append("add_node")
                if node not in present:
                    present.append(node)
            args.append([node])
            continue
        r = rng.random()
        if r < 0.05 and present:
            key = f"{rng.choice(present)}#{rng.randrange(vnodes)}"  # lands on a virtual node
        elif r < 0.5:
            key = f"user:{rng.randrange(10**6)}"
        else:
            key = f"session/{rng.randrange(16**10):010x}"
        ops.append("lookup")
        args.append([key])
    print(json.dumps({"ops": ops, "args": args}))


main()
