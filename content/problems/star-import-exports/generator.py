import json
import random
import sys

NAMES = ["alpha", "beta", "gamma", "util", "config", "run", "_hidden", "_cache", "Model", "VERSION"]


def chain(fail: bool) -> tuple[dict, list]:
    """Named modes (seeds 30..31): a long import chain m0 -> m1 -> ... -> m99 -> leaf, each
    module star-importing the next (100 deep: CPython itself needs about 6 frames per nested
    import, so much deeper chains would hit its recursion limit). With fail, m99 asks leaf for
    a missing name: the whole chain fails, and each of the 200 queries runs it again."""
    n = 100
    modules = {f"m{i}": [["def", f"f{i}"], ["star", f"m{i + 1}"]] for i in range(n - 1)}
    modules[f"m{n - 1}"] = [["def", f"f{n - 1}"], ["from", "leaf", ["missing" if fail else "x"]]]
    modules["leaf"] = [["def", "x"], ["def", "_y"]]
    queries = [f"m{i}" for i in range(n)] * 2  # the top of the chain first
    return modules, queries


def main():
    args = sys.argv[1:] or sys.stdin.read().split()
    # "stress S": a small random input for `problem check --stress`: the shape of one of
    # the small seeds 1..3, drawn from a stream of its own
    stress = int(args[1]) if args[0] == "stress" else None
    seed = int(args[0]) if stress is None else 1 + stress % 3
    rng = random.Random(seed if stress is None else f"stress-{stress}")
    if seed in (30, 31):
        print(json.dumps({"args": list(chain(fail=seed == 31))}))
        return
    big = seed >= 7
    ntop = rng.randint(2, 4) if not big else 25
    # build the module tree: parents are created (and ranked) before their children
    order = []
    for i in range(ntop):
        top = f"{'p' if rng.random() < 0.6 else 'm'}{i}"
        order.append(top)
        if top[0] == "p":
            for j in range(rng.randint(1, 3 if not big else 4)):
                sub = f"{top}.s{j}"
                order.append(sub)
                if rng.random() < 0.3:
                    order.append(f"{sub}.t0")
    # a module that has children must be a package; leaves named m* never get children
    rank = {}
    rest = order[:]
    rng.shuffle(rest)
    placed = []
    while rest:  # random topological order with parents first
        for m in rest:
            parent = m.rpartition(".")[0]
            if not parent or parent in rank:
                rank[m] = len(placed)
                placed.append(m)
                rest.remove(m)
                break

    def ancestors(m):
        parts = m.split(".")
        return [".".join(parts[:i]) for i in range(1, len(parts))]

    def can_import(x, y):
        if rank[y] <= rank[x] and not y.startswith(x + "."):
            return False
        for a in ancestors(y):
            if a != x and not x.startswith(a + ".") and rank[a] <= rank[x]:
                return False
        return True

    defs = {m: rng.sample(NAMES, rng.randint(1, 5)) for m in order}
    defined = {}
    modules = {}
    for m in reversed(placed):  # targets (higher rank) are generated first
        stmts = []
        mine = []
        targets = [y for y in order if y != m and can_import(m, y)]
        for _ in range(rng.randint(1, 8 if not big else 12)):
            r = rng.random()
            if r < 0.35 or not targets:
                n = rng.choice(defs[m])
                stmts.append(["def", n])
                mine.append(n)
            elif r < 0.5:
                y = rng.choice(targets)
                alias = None if "." in y else rng.choice([None, None, "_" + y, "mod" + str(rank[y])])
                stmts.append(["import", y] + ([alias] if alias else []))
            elif r < 0.68:
                y = rng.choice(targets)
                kids = [o.rpartition(".")[2] for o in order if o.rpartition(".")[0] == y]
                pool = (defined.get(y) or defs[y]) + kids + (["missing"] if rng.random() < 0.05 else [])
                stmts.append(["from", y, rng.sample(pool, min(len(pool), rng.randint(1, 3)))])
            elif r < 0.85:
                stmts.append(["star", rng.choice(targets)])
            elif r < 0.95:
                kids = [o.rpartition(".")[2] for o in order if o.rpartition(".")[0] == m]
                pool = defs[m] + kids + (["ghost"] if rng.random() < 0.05 else [])
                stmts.append(["all", rng.sample(pool, min(len(pool), rng.randint(0, 4)))])
            elif mine:
                n = rng.choice(mine)
                stmts.append(["del", n])
                mine = [x for x in mine if x != n]
        modules[m] = stmts
        defined[m] = sorted(set(mine))
    modules = {m: modules[m] for m in order}
    queries = [rng.choice(order) for _ in range(rng.randint(1, 10) if not big else 200)]
    print(json.dumps({"args": [modules, queries]}))


main()
