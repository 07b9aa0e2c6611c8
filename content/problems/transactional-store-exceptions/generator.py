import json
import random
import sys

KEYS = ["a", "b", "c", "d", "ro"]


def main():
    args = sys.argv[1:] or sys.stdin.read().split()
    # "stress S": a small random input for `problem check --stress`: the shape of one of
    # the small seeds 1..2, drawn from a stream of its own
    stress = int(args[1]) if args[0] == "stress" else None
    seed = int(args[0]) if stress is None else 1 + stress % 2
    rng = random.Random(seed if stress is None else f"stress-{stress}")
    top = 300 if seed >= 7 else rng.randint(3, 12 * seed)
    lines = [
        f"store = Store({json.dumps({k: rng.randint(0, 9) for k in KEYS if rng.random() < 0.6})}, read_only={{'ro'}})",
        "log = []",
    ]

    def block(depth, indent):
        out = []
        for _ in range(rng.randint(1, 4)):
            r = rng.random()
            pad = " " * indent
            k = rng.choice(KEYS)
            if r < 0.3:
                out.append(f"{pad}store.set({k!r}, {rng.randint(0, 99)})")
            elif r < 0.45:
                out.append(f"{pad}store.delete({k!r})")
            elif r < 0.6:
                out.append(f"{pad}log.append(store.get({k!r}))")
            elif r < 0.8 and depth < 3:
                out.append(f"{pad}with store.transaction():")
                out.extend(block(depth + 1, indent + 4))
                out.append(f"{pad}log.append(store.snapshot())")
            elif r < 0.87 and depth < 3:
                out.append(f"{pad}try:")
                out.append(f"{pad}    with store.transaction():")
                out.extend(block(depth + 1, indent + 8))
                out.append(f"{pad}except TransactionFailed as exc:")
                out.append(f"{pad}    log.append(['inner', type(exc.__cause__).__name__])")
            elif r < 0.93 and depth > 0:
                out.append(f"{pad}raise Abort()")
                break
            elif depth > 0:
                out.append(f"{pad}raise ValueError({rng.randint(0, 9)})")
                break
            else:
                out.append(f"{pad}log.append(store.snapshot())")
        return out

    for _ in range(top):
        lines.append("try:")
        lines.append("    with store.transaction():")
        lines.extend(block(1, 8))
        lines.append("except TransactionFailed as exc:")
        lines.append("    log.append(['failed', type(exc.__cause__).__name__, exc.__cause__.key])")
        lines.append("except ValueError as exc:")
        lines.append("    log.append(['ValueError', exc.args[0]])")
        lines.append("log.append(store.snapshot())")
    lines.append("RESULT = log")
    print(json.dumps({"args": ["\n".join(lines) + "\n"]}))


main()
