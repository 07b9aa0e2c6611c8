import json
import random
import sys


def main():
    seed = int(sys.argv[1]) if len(sys.argv) > 1 else int(sys.stdin.read().split()[0])
    rng = random.Random(seed)
    budget = 3000 if seed >= 6 else 200 * seed  # total increments performed by bursts
    ops, args = ["SharedCounter"], [[]]
    while budget > 0:
        r = rng.random()
        if r < 0.5:
            t = rng.randint(1, 8)
            p = rng.randint(1, max(1, min(400, budget // t)))
            ops.append("burst"); args.append([t, p])
            budget -= t * p
        elif r < 0.7:
            ops.append("add"); args.append([rng.randint(-100, 100)])
        elif r < 0.9:
            ops.append("value"); args.append([])
        else:
            ops.append("reset"); args.append([])
    print(json.dumps({"ops": ops, "args": args}))


main()
