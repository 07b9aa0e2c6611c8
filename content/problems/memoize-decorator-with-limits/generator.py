import json
import random
import sys

TEMPLATE = '''computed = []

@memoize(maxsize={maxsize})
def work(x, y=0):
    """Deterministic work."""
    computed.append([x, y])
    if x < 0:
        raise KeyError(x)
    return x * 31 + y

OPS = {ops}
trace = []
for op in OPS:
    if op[0] == "call":
        try:
            trace.append(work(op[1]))
        except KeyError:
            trace.append("KeyError")
    elif op[0] == "kw":
        trace.append(work(op[1], y=op[2]))
    elif op[0] == "pos2":
        trace.append(work(op[1], op[2]))
    elif op[0] == "info":
        trace.append(work.cache_info())
    else:
        work.cache_clear()
        trace.append("cleared")
RESULT = {{"trace": trace, "computed": computed, "info": work.cache_info(), "name": work.__name__}}
'''


def main():
    args = sys.argv[1:] or sys.stdin.read().split()
    # "stress S": a small random input for `problem check --stress`: the shape of one of
    # the small seeds 1..2, drawn from a stream of its own
    stress = int(args[1]) if args[0] == "stress" else None
    seed = int(args[0]) if stress is None else 1 + stress % 2
    rng = random.Random(seed if stress is None else f"stress-{stress}")
    n = 3000 if seed >= 7 else rng.randint(10, 60 * seed)
    maxsize = rng.choice(["None", "0", "1", "2", "3", "5", "8", "32"])
    dom = rng.choice([3, 6, 12, 40])
    ops = []
    for _ in range(n):
        r = rng.random()
        x = rng.randint(-1 if rng.random() < 0.05 else 0, dom)
        if r < 0.7:
            ops.append(["call", x])
        elif r < 0.82:
            ops.append(["kw", abs(x), rng.randint(0, 2)])
        elif r < 0.92:
            ops.append(["pos2", abs(x), rng.randint(0, 2)])
        elif r < 0.98:
            ops.append(["info"])
        else:
            ops.append(["clear"])
    print(json.dumps({"args": [TEMPLATE.format(maxsize=maxsize, ops=json.dumps(ops))]}))


main()
