import json
import random
import sys


def main():
    args = sys.argv[1:] or sys.stdin.read().split()
    # "stress S": a small random input for `problem check --stress`: the shape of one of
    # the small seeds 1..2, drawn from a stream of its own
    stress = int(args[1]) if args[0] == "stress" else None
    seed = int(args[0]) if stress is None else 1 + stress % 2
    rng = random.Random(seed if stress is None else f"stress-{stress}")
    count = 200 if seed >= 7 else rng.randint(5, 30 * seed)
    pool = [(rng.randint(-4, 4), rng.randint(-4, 4)) for _ in range(4)] + [(0, 0)]

    def atom():
        a, b = rng.choice(pool)
        return f"Vec2({a}, {b})"

    def vec(depth=0):
        if depth >= 2 or rng.random() < 0.4:
            return atom()
        t = rng.randrange(6)
        if t == 0:
            return f"({vec(depth + 1)} + {vec(depth + 1)})"
        if t == 1:
            return f"({vec(depth + 1)} - {vec(depth + 1)})"
        if t == 2:
            return f"({vec(depth + 1)} * {rng.randint(-3, 3)})"
        if t == 3:
            return f"({rng.randint(-3, 3)} * {vec(depth + 1)})"
        if t == 4:
            return f"-{vec(depth + 1)}"
        return f"sum([{vec(depth + 1)}, {vec(depth + 1)}])"

    def k():
        return rng.choice(["0", "1", "-2", "2.5", "True", "'a'", "None", "(1, 2)", "[1]"])

    templates = [
        lambda: vec(), lambda: vec(), lambda: f"{vec()} @ {vec()}",
        lambda: f"{vec()} == {vec()}", lambda: f"{vec()} != {vec()}", lambda: f"{atom()} == {atom()}",
        lambda: f"{vec()} + {k()}", lambda: f"{k()} + {vec()}", lambda: f"{vec()} * {k()}",
        lambda: f"{k()} * {vec()}", lambda: f"{vec()} * {vec()}", lambda: f"{vec()} - {k()}",
        lambda: f"bool({vec()})", lambda: f"not {atom()}", lambda: f"{atom()} or 'fallback'",
        lambda: f"len({{{atom()}, {atom()}, {atom()}}})", lambda: f"len({{{vec()}: 1, {vec()}: 2}})",
        lambda: f"{{{atom()}: 'a'}}[{atom()}]", lambda: f"list({vec()})", lambda: f"tuple({atom()})",
        lambda: f"{atom()}[{rng.choice([0, 1, -1, -2, 2, -3])}]", lambda: f"str({vec()})",
        lambda: f"f'{{{atom()}}}'", lambda: f"sum([{atom()}, {atom()}, {atom()}])",
        lambda: f"sum([{atom()}], {atom()})", lambda: f"sum([])",
        lambda: f"sorted([{atom()}, {atom()}])", lambda: f"sorted([{atom()}, {atom()}, {atom()}], key=tuple)",
        lambda: f"{atom()} in [{atom()}, {atom()}]", lambda: f"{atom()} in {{{atom()}, {atom()}}}",
        lambda: f"{atom()} == {rng.choice(['(1, 2)', '[0, 0]', '0', 'None'])}",
        lambda: f"hash({atom()}) == hash({atom()})", lambda: f"[*{atom()}, *{atom()}]",
        lambda: f"{atom()}.x + {atom()}.y", lambda: f"len({atom()})", lambda: f"max({atom()})",
        lambda: f"dict.fromkeys([{atom()}, {atom()}, {vec()}]).__len__()",
        lambda: f"{atom()} < {atom()}", lambda: f"abs({atom()})",
    ]
    exprs = [rng.choice(templates)() for _ in range(count)]
    print(json.dumps({"args": [exprs]}))


main()
