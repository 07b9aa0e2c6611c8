import json
import random
import sys

PRE = ["", "", "", "alpha", "alpha.1", "alpha.beta", "beta", "beta.2", "beta.11", "rc.1", "rc.9",
       "rc.10", "1", "2", "10", "0", "x-y", "alpha.0", "alpha.1.1", "RC.1", "rc.1.a"]
BUILD = ["", "", "", "", "b1", "001", "exp.sha.5114f85", "20240101", "x-1"]
INVALID = ["1.0", "1.0.0-", "1.0.0+", "01.2.3", "1.02.3", "1.2.3-01", "1.2.3-a..b", "v1.2.3",
           "1.2.3 ", "1.2.3-rc_1", "", "1.2.3.4", "1.2.3+a+b", "-1.2.3", "1.2.3-+b"]


# named mode (seed 30): version texts at the top of their ranges, all within 40 characters:
# numbers of up to 14 digits (beyond a fixed-width padding), 20-digit numeric identifiers, and "z" runs
# (the highest identifier character, where a "release = zzz" sentinel breaks)
EXTREME_TEXTS = [
    "999999999999.999999999999.999999999999", "10000000000000.0.0", "9999999999999.0.0",
    "1.0.0", "1.0.0-zzzzzzzz", "1.0.0-zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz", "1.0.0-z", "1.0.0-Z",
    "1.0.0-99999999999999999999", "1.0.0-100000000000000000000", "1.0.0-zzzzzzzz.1",
    "0.0.0-0", "0.0.0", "1.0.0+zzzzzzzz", "1.0.0-zzzzzzzz+zzzzzzzz", "1.0.0-zz.99999999999999",
]


def extreme(rng):
    texts = EXTREME_TEXTS
    v = lambda: f"Version({json.dumps(rng.choice(texts))})"  # noqa: E731
    exprs = [
        "sorted([" + ", ".join(f"Version({json.dumps(t)})" for t in texts[i : i + 5]) + "])"
        for i in range(0, len(texts), 5)
    ]
    for _ in range(200 - len(exprs)):
        kind = rng.randrange(4)
        if kind == 0:
            exprs.append(f"{v()} {rng.choice(['<', '>', '==', '<=', '>=', '!='])} {v()}")
        elif kind == 1:
            exprs.append(f"{v()}.bump({json.dumps(rng.choice(['major', 'minor', 'patch']))})")
        elif kind == 2:
            exprs.append(f"hash({v()}) == hash({v()})")
        else:
            exprs.append(f"max([{v()}, {v()}, {v()}])")
    return exprs


def main():
    args = sys.argv[1:] or sys.stdin.read().split()
    # "stress S": a small random input for `problem check --stress`: the shape of one of
    # the small seeds 1..2, drawn from a stream of its own
    stress = int(args[1]) if args[0] == "stress" else None
    seed = int(args[0]) if stress is None else 1 + stress % 2
    rng = random.Random(seed if stress is None else f"stress-{stress}")
    if seed == 30:
        print(json.dumps({"args": [extreme(rng)]}))
        return
    count = 200 if seed >= 7 else rng.randint(5, 30 * seed)
    hi = rng.choice([1, 2, 3, 12])

    def text():
        if rng.random() < 0.06:
            return rng.choice(INVALID)
        s = ".".join(str(rng.randint(0, hi)) for _ in range(3))
        pre, build = rng.choice(PRE), rng.choice(BUILD)
        return s + ("-" + pre if pre else "") + ("+" + build if build else "")

    def v():
        return f"Version({json.dumps(text())})"

    def vs(k):
        return "[" + ", ".join(v() for _ in range(k)) + "]"

    templates = [
        lambda: f"{v()} {rng.choice(['<', '<=', '>', '>=', '==', '!='])} {v()}",
        lambda: f"{v()} {rng.choice(['<', '<=', '>', '>=', '==', '!='])} {v()}",
        lambda: f"sorted({vs(rng.randint(2, 6))})",
        lambda: f"sorted({vs(rng.randint(2, 6))}, reverse=True)",
        lambda: f"max({vs(rng.randint(1, 5))})", lambda: f"min({vs(rng.randint(1, 5))})",
        lambda: f"len(set({vs(rng.randint(2, 6))}))",
        lambda: f"str({v()})", lambda: v(),
        lambda: f"{v()}.{rng.choice(['major', 'minor', 'patch', 'prerelease', 'build', 'is_prerelease'])}",
        lambda: f"{v()}.bump({json.dumps(rng.choice(['major', 'minor', 'patch', 'patch', 'build', 'Major']))})",
        lambda: f"setattr({v()}, {json.dumps(rng.choice(['major', 'patch', 'extra']))}, 1)",
        lambda: f"{v()} < {json.dumps(text())}",
        lambda: f"{v()} == {json.dumps(text())}",
        lambda: f"{{{v()}: 'x'}}.get({v()}, 'missing')",
        lambda: f"hash({v()}) == hash({v()})",
    ]
    exprs = [rng.choice(templates)() for _ in range(count)]
    print(json.dumps({"args": [exprs]}))


main()
