import json
import random
import sys


def extreme(seed, rng):
    """Named modes (seeds 30..32), all at the maximum n = 5 * 10^4."""
    n = 5 * 10**4
    ids = rng.sample(range(-(10**9), 10**9), n)
    records = []
    if seed == 30:  # integers only at +-10^9 or missing: a sentinel at the bound ties with them
        spec = ["points", "-age"]
        for i in range(n):
            r = {"id": ids[i]}
            for f in spec:
                if rng.random() < 0.7:
                    r[f.lstrip("-")] = rng.choice([-(10**9), 10**9])
            records.append(r)
    elif seed == 31:  # strings at both ends: "", the longest "~~~...", spaces, all printable ASCII
        spec = ["-name", "city"]
        ends = ["", " ", "~" * 12, " " * 12, "~" * 11, "!"]
        for i in range(n):
            r = {"id": ids[i]}
            for f in ("name", "city"):
                if rng.random() < 0.8:
                    if rng.random() < 0.5:
                        r[f] = rng.choice(ends)
                    else:
                        k = rng.randint(0, 12)
                        r[f] = "".join(chr(rng.randint(32, 126)) for _ in range(k))
            records.append(r)
    else:  # 32: all equal on four descending keys: ties keep the input order (missing city last)
        spec = ["-team", "-points", "-name", "-city"]
        for i in range(n):
            r = {"id": ids[i], "team": "red", "points": 10**9, "name": "~" * 12}
            if i % 3:
                r["city"] = ""
            records.append(r)
        records.sort(key=lambda r: "city" in r)  # the missing ones first: they stay first
    return {"args": [records, spec]}


def main():
    args = sys.argv[1:] or sys.stdin.read().split()
    # "stress S": a small random input for `problem check --stress`: the shape of one of
    # the smallest seed, 1, drawn from a stream of its own
    stress = int(args[1]) if args[0] == "stress" else None
    seed = int(args[0]) if stress is None else 1
    rng = random.Random(seed if stress is None else f"stress-{stress}")
    if seed >= 30:
        print(json.dumps(extreme(seed, rng)))
        return
    n = 5 * 10**4 if seed >= 8 else rng.randint(0, 30 * seed * seed)
    fields = {
        "team": ("str", ["", "r", "re", "red", "reds", "b", "blue", "Blue", "blu", "green"]),
        "points": ("int", None),
        "name": ("str", None),
        "age": ("int", None),
        "city": ("str", ["ab", "a", "abc", "b", "ba", "~", "A", " "]),
    }
    miss = {f: rng.choice([0.0, 0.05, 0.3]) for f in fields}
    records = []
    ids = rng.sample(range(1, 10 * n + 10), n)
    for i in range(n):
        r = {"id": ids[i]}
        for f, (kind, pool) in fields.items():
            if rng.random() < miss[f]:
                continue
            if kind == "int":
                r[f] = rng.randint(-5, 5) if f == "points" else rng.choice([rng.randint(-10**9, 10**9), rng.randint(18, 25)])
            elif pool:
                r[f] = rng.choice(pool)
            else:
                r[f] = "".join(rng.choice("ab") for _ in range(rng.randint(0, 4)))
        records.append(r)
    k = rng.randint(1, 4)
    spec = [f if rng.random() < 0.5 else "-" + f for f in rng.sample(sorted(fields), k)]
    print(json.dumps({"args": [records, spec]}))


main()
