import json
import random
import sys

POOL = ["run", "save", "load", "close", "hook", "render", "ping", "name"]


def main():
    args = sys.argv[1:] or sys.stdin.read().split()
    # "stress S": a small random input for `problem check --stress`: the shape of one of
    # the smallest seed, 1, drawn from a stream of its own
    stress = int(args[1]) if args[0] == "stress" else None
    seed = int(args[0]) if stress is None else 1
    rng = random.Random(seed if stress is None else f"stress-{stress}")
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
