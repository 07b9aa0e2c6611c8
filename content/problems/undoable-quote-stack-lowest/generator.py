import json
import random
import sys


def main() -> None:
    args = sys.argv[1:] or sys.stdin.read().split()
    # "stress S": a small random input for `problem check --stress`: the shape of one of
    # the small seeds 1..4, drawn from a stream of its own
    stress = int(args[1]) if args[0] == "stress" else None
    seed = int(args[0]) if stress is None else 1 + stress % 4
    rng = random.Random(seed if stress is None else f"stress-{stress}")
    if seed <= 4:
        q = rng.randint(5, 30)
    elif seed <= 8:
        q = rng.randint(1000, 5000)
    else:
        q = 200_000
    mode = seed % 4
    top_val = 10**9 if mode != 2 else 3  # mode 2: many duplicates
    ops, args = ["QuoteStack"], [[]]
    size = 0
    if mode == 0:
        # build a tall stack, then hammer lowest/top with occasional push/pop
        tall = q // 2
        for _ in range(tall):
            ops.append("push")
            args.append([rng.randint(-top_val, top_val)])
        size = tall
        q -= tall
    for _ in range(q - 1):
        r = rng.random()
        if size == 0 or r < 0.35:
            ops.append("push")
            args.append([rng.randint(-top_val, top_val)])
            size += 1
        elif r < 0.6 and mode != 0:
            ops.append("pop")
            args.append([])
            size -= 1
        elif r < 0.75:
            ops.append("top")
            args.append([])
        else:
            ops.append("lowest")
            args.append([])
    print(json.dumps({"ops": ops, "args": args}))


main()
