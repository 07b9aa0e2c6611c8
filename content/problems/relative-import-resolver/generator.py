import json
import random
import sys

WORDS = ["app", "core", "db", "api", "utils", "models", "views", "io", "auth", "v1", "cli", "shop"]


def deepest(is_package):
    """Named modes (seeds 30..31): a module 12 names deep (the most allowed), every dot count from
    1 to 14 (its package's top level and one and two levels beyond it), with and without a tail."""
    module = ".".join(f"{w}{i}" for i, w in enumerate(WORDS))  # 12 distinct names
    statements = []
    for dots in range(1, 15):
        for tail in ("", "io", "io.v1.cli"):
            statements.append(f"from {'.' * dots}{tail} import name")
        statements.append(f"import {'.' * dots}")
    return [module, is_package, statements]


def main():
    args = sys.argv[1:] or sys.stdin.read().split()
    # "stress S": a small random input for `problem check --stress`: the shape of one of
    # the small seeds 1..2, drawn from a stream of its own
    stress = int(args[1]) if args[0] == "stress" else None
    seed = int(args[0]) if stress is None else 1 + stress % 2
    rng = random.Random(seed if stress is None else f"stress-{stress}")
    if seed in (30, 31):
        print(json.dumps({"args": deepest(is_package=seed == 30)}))
        return
    depth = rng.randint(1, 6 if seed < 8 else 12)
    module = "__main__" if rng.random() < 0.08 else ".".join(rng.choice(WORDS) for _ in range(depth))
    is_package = rng.random() < 0.4
    n = 2000 if seed >= 7 else rng.randint(1, 30 * seed)
    statements = []
    for _ in range(n):
        r = rng.random()
        tail = ".".join(rng.choice(WORDS) for _ in range(rng.randint(0, 3)))
        dots = "." * rng.randint(1, depth + 2)
        name = rng.choice(WORDS)
        if r < 0.15:
            statements.append(f"import {tail or 'os'}")
        elif r < 0.2:
            statements.append(f"import {dots}{tail}")
        elif r < 0.3:
            statements.append(f"from {tail or 'json'} import {name}")
        else:
            statements.append(f"from {dots}{tail} import {name}")
    print(json.dumps({"args": [module, is_package, statements]}))


main()
