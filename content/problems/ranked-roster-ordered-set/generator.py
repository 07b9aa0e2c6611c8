"""Call sequences for RosterIndex: random mixes, sorted bulk loads, heavy churn."""
import json
import random
import sys


def extreme():
    """Named mode (seed 30): values at +-10^9, a set of 99 973 values, and kth/rank at both ends
    (k = size, size + 1 and 10^5 give the maximum, null and null), twice: before and after the
    extremes are discarded (the second discards find nothing)."""
    ops, args = ["RosterIndex"], [[]]

    def call(op, *a):
        ops.append(op)
        args.append(list(a))

    call("add", 10**9)
    call("add", -(10**9))
    for i in range(1, 10**5 - 28):  # ascending right after -10^9: the deepest side of a plain BST
        call("add", -(10**9) + i)
    size = 10**5 - 27
    for round_ in range(2):
        call("kth", 1)
        call("kth", size)
        call("kth", size + 1)
        call("kth", 10**5)
        call("rank", -(10**9))
        call("rank", 10**9)
        call("size")
        call("discard", 10**9)
        call("discard", -(10**9))
        size -= 2 if round_ == 0 else 0
    call("add", 10**9)
    size += 1
    call("kth", size)
    call("kth", size + 1)
    call("rank", 10**9)
    return {"ops": ops, "args": args}


def main():
    args = sys.argv[1:] or sys.stdin.read().split()
    # "stress S": a small random input for `problem check --stress`: the shape of one of
    # the small seeds 1..3, drawn from a stream of its own
    stress = int(args[1]) if args[0] == "stress" else None
    seed = int(args[0]) if stress is None else 1 + stress % 3
    rng = random.Random(seed if stress is None else f"stress-{stress}")
    if seed == 30:
        print(json.dumps(extreme()))
        return
    if seed <= 3:
        q, span, kind = rng.randint(10, 25), 5, "mix"
    elif seed <= 6:
        q, span, kind = 2000, [100, 10**9, 1000][seed - 4], "mix"
    elif seed <= 8:
        q, span, kind = 2 * 10**4, 10**9, ["mix", "desc"][seed - 7]
    else:
        q = 10**5
        span, kind = {9: (10**9, "mix"), 10: (10**9, "desc"), 11: (10**9, "asc"),
                      12: (10**4, "churn"), 13: (10**9, "desc-then-front"),
                      14: (10**9, "query-heavy")}[seed]
    ops, args = ["RosterIndex"], [[]]
    present = []  # rough list of values added, for realistic discards/ranks
    size = 0
    counter = 0

    def value():
        return rng.randint(-span, span)

    for i in range(q - 1):
        bulk = (q * 9) // 10 if kind == "asc" else (q * 3) // 5
        if kind in ("desc", "asc", "desc-then-front") and i < bulk:
            counter += 1
            x = 10**9 - 7 * counter if kind != "asc" else -10**9 + 7 * counter
            ops.append("add")
            args.append([x])
            present.append(x)
            size += 1
            continue
        r = rng.random()
        if kind == "churn":
            weights = (0.4, 0.75, 0.85, 0.97)
        elif kind == "query-heavy":
            weights = (0.3, 0.35, 0.65, 0.97)
        elif kind == "desc-then-front":
            weights = (0.0, 0.5, 0.75, 0.97)
        else:
            weights = (0.45, 0.6, 0.8, 0.97)
        if r < weights[0]:
            x = value()
            ops.append("add")
            args.append([x])
            present.append(x)
        elif r < weights[1]:
            if kind == "desc-then-front" and present:
                x = present[-1 - rng.randrange(min(50, len(present)))]
            elif present and rng.random() < 0.7:
                x = rng.choice(present)
            else:
                x = value()
            ops.append("discard")
            args.append([x])
        elif r < weights[2]:
            hi = max(1, min(10**5, len(present) + 3))
            ops.append("kth")
            args.append([rng.randint(1, hi)])
        elif r < weights[3]:
            x = rng.choice(present) if present and rng.random() < 0.5 else value()
            ops.append("rank")
            args.append([x])
        else:
            ops.append("size")
            args.append([])
    print(json.dumps({"ops": ops, "args": args}))


main()
