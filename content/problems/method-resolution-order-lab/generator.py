import json
import random
import sys

POOL = ["run", "save", "load", "close", "hook", "render", "ping", "name"]


def extreme(seed):
    """Named modes (seeds 30..32) at the limits: 300 classes, 2 * 10^4 queries on the deepest."""
    n, q = 300, 20000
    names = [f"K{i}" for i in range(n)]
    if seed == 30:  # the deepest chain: K_i(K_{i-1}), an MRO of 301; only the root defines run
        classes = [[names[0], [], ["run"]]] + [[names[i], [names[i - 1]], []] for i in range(1, n)]
    elif seed == 31:  # the widest merge: each class has the 6 newest classes as bases, newest first
        classes = [[names[i], names[max(0, i - 6):i][::-1], [] if i else ["run"]] for i in range(n)]
    else:  # 32: one failure (a duplicate base) cascading down a chain of 299, then all queries
        classes = [[names[0], [], ["run"]], [names[1], [names[0], names[0]], ["run"]]]
        classes += [[names[i], [names[i - 1]], ["run"]] for i in range(2, n)]
        return {"args": [classes, [["issubclass", names[0], "object"]] * q]}
    leaf = names[-1]
    queries = []
    for j in range(q):
        kind = j % 4
        if kind == 0:  # found only at the far end of the MRO
            queries.append(["lookup", leaf, "run"])
        elif kind == 1:  # missing: scans the whole MRO
            queries.append(["lookup", leaf, "missing"])
        elif kind == 2:  # super from the class itself, found at the far end
            queries.append(["super", leaf, leaf, "run"])
        else:  # issubclass of the root (the far end) and of object
            queries.append(["issubclass", leaf, names[0] if j % 8 == 3 else "object"])
    return {"args": [classes, queries]}


def main():
    args = sys.argv[1:] or sys.stdin.read().split()
    # "stress S": a small random input for `problem check --stress`: the shape of one of
    # the smallest seed, 1, drawn from a stream of its own
    stress = int(args[1]) if args[0] == "stress" else None
    seed = int(args[0]) if stress is None else 1
    rng = random.Random(seed if stress is None else f"stress-{stress}")
    if seed >= 30:
        print(json.dumps(extreme(seed)))
        return
    if seed >= 8:
        n, q = 300, 20000
    else:
        n, q = rng.randint(3, 8 * seed), rng.randint(5, 400 * seed)
    shuffle_p = rng.choice([0.02, 0.1, 0.4]) if seed < 8 else 0.03
    names = [f"K{i}" for i in range(n)] if n > 26 else [chr(65 + i) for i in range(n)]
    classes, depth = [], {}
    alive = {"object": ["object"]}
    failed = []
    for i, name in enumerate(names):
        k = rng.choice([0, 1, 1, 2, 2, 2, 3, 3, 4])
        live = [x for x in names[:i] if x in alive]
        cand = live[-12:] if seed >= 9 else live
        bases = rng.sample(cand, min(k, len(cand)))
        if failed and rng.random() < 0.03:
            bases.append(rng.choice(failed))  # a base whose definition failed
        if rng.random() < 0.05:
            bases.append("object")
        if rng.random() < 0.02 and bases:
            bases.append(bases[0])  # duplicate base
        if rng.random() >= shuffle_p:
            bases.sort(key=lambda b: -depth.get(b, 0))
        depth[name] = 1 + max((depth.get(b, 0) for b in bases), default=0)
        classes.append([name, bases, rng.sample(POOL, rng.randint(0, 3))])
        m = c3(name, bases or ["object"], alive)
        if m is None:
            failed.append(name)
        else:
            alive[name] = m
    del alive["object"]
    queries = []
    keys = sorted(alive)
    for _ in range(q if keys else 0):
        c = rng.choice(keys)
        t = rng.random()
        if t < 0.45:
            queries.append(["lookup", c, rng.choice(POOL + ["missing"])])
        elif t < 0.8:
            queries.append(["super", c, rng.choice(alive[c]), rng.choice(POOL)])
        else:
            queries.append(["issubclass", c, rng.choice(keys + ["object"])])
    print(json.dumps({"args": [classes, queries]}))


def c3(name, bases, mros):
    if len(set(bases)) != len(bases) or any(b not in mros for b in bases):
        return None
    seqs = [list(mros[b]) for b in bases] + [list(bases)]
    out = [name]
    while True:
        seqs = [s for s in seqs if s]
        if not seqs:
            return out
        for s in seqs:
            if not any(s[0] in t[1:] for t in seqs):
                head = s[0]
                break
        else:
            return None
        out.append(head)
        for t in seqs:
            if t[0] == head:
                del t[0]


main()
