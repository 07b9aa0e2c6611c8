import json
import random
import sys

FUNCS = ["setup", "run", "config", "helper", "VERSION", "Model", "load", "save"]


def straight_chain(fails: bool, partial: bool) -> list:
    """The deepest import chain the constraints allow: m_0 imports m_1 ... imports m_2999.
    With `fails`, the last module imports a name m_0 never defines, so the error travels up
    through all 3000 bodies; with `partial`, the last one imports from m_0, still running."""
    n = 3000
    names = [f"m_{i}" for i in range(n)]
    modules = {name: [["def", "setup"], ["import", names[i + 1]]] for i, name in enumerate(names[:-1])}
    if partial:
        modules[names[-1]] = [["from", names[0], ["setup"]], ["def", "run"]]
    elif fails:
        modules[names[-1]] = [["from", names[0], ["missing"]]]
    else:
        modules[names[-1]] = [["def", "run"]]
    modules[names[0]].append(["def", "late"])
    return [modules, [names[0], names[-1], names[0]]]


# named modes (seeds 30..32): maximum-depth chains that a recursion at the default limit cannot walk
DEEP = {
    30: lambda: straight_chain(fails=False, partial=False),
    31: lambda: straight_chain(fails=True, partial=False),
    32: lambda: straight_chain(fails=False, partial=True),
}


def main():
    args = sys.argv[1:] or sys.stdin.read().split()
    # "stress S": a small random input for `problem check --stress`: the shape of one of
    # the small seeds 1..3, drawn from a stream of its own
    stress = int(args[1]) if args[0] == "stress" else None
    seed = int(args[0]) if stress is None else 1 + stress % 3
    rng = random.Random(seed if stress is None else f"stress-{stress}")
    if seed in DEEP:
        print(json.dumps({"args": DEEP[seed]()}))
        return
    big = seed >= 8
    n = rng.randint(2, 4 + 3 * seed) if not big else rng.choice([1500, 3000])
    names = [f"m_{i}" for i in range(n)]
    defs = {m: rng.sample(FUNCS, rng.randint(1, 4)) for m in names}
    back_p = rng.choice([0.05, 0.15, 0.3]) if not big else rng.choice([0.0, 0.002, 0.01])
    miss_p = rng.choice([0.0, 0.0005, 0.002]) if big else 0.08
    modules = {}
    for i, name in enumerate(names):
        imports = []
        bound = []
        for _ in range(rng.randint(1, 4)):
            if big and rng.random() < 0.7:
                j = min(n - 1, i + 1)  # long forward chains
            elif rng.random() < back_p:
                j = rng.randrange(0, i + 1)  # backwards or self: cycles
            else:
                j = rng.randrange(i, n)
            t = names[j]
            r = rng.random()
            pool = defs[t] if rng.random() > miss_p else FUNCS
            if r < 0.45:
                imports.append(["import", t])
                bound.append(t)
            elif r < 0.85 or not bound:
                imports.append(["from", t, rng.sample(pool, min(len(pool), rng.randint(1, 2)))])
            else:
                u = rng.choice(bound)
                imports.append(["use", u, rng.choice(defs[u] if rng.random() > miss_p else FUNCS)])
        own = [["def", f] for f in defs[name]]
        r = rng.random()
        if r < (0.6 if not big else 0.97):
            body = own + imports  # definitions first: safe inside cycles
        elif r < 0.85:
            body = imports + own  # definitions last: circular imports see a half-built module
        else:
            k = rng.randint(0, len(own))
            body = own[:k] + imports + own[k:]
        modules[name] = body
    entries = [names[0]] + [rng.choice(names) for _ in range(rng.randint(0, 4 if not big else 30))]
    print(json.dumps({"args": [modules, entries]}))


main()
