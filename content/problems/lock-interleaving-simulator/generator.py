import json
import random
import sys


def main():
    seed = int(sys.argv[1]) if len(sys.argv) > 1 else int(sys.stdin.read().split()[0])
    rng = random.Random(seed)
    big = seed >= 8
    nlocks = rng.randint(1, 3)
    locks = {f"L{i}": rng.choice(["Lock", "RLock"]) for i in range(nlocks)}
    names = sorted(locks)
    variables = ["x", "y", "z"][:rng.randint(1, 3)]
    n = rng.randint(1, 2 + seed) if not big else 60
    programs = []
    for _ in range(n):
        prog = []
        for _ in range(rng.randint(1, 4 if not big else 40)):
            v = rng.choice(variables)
            reg = rng.choice(["a", "b"])
            body = [["load", reg, v], ["addi", reg, rng.randint(-3, 5)], ["store", v, reg]]
            r = rng.random()
            if r < 0.5:
                lk = rng.choice(names)
                prog += [["acquire", lk]] + body + [["release", lk]]
            elif r < 0.65:
                a, b = rng.choice(names), rng.choice(names)
                prog += [["acquire", a], ["acquire", b]] + body + [["release", b], ["release", a]]
            elif r < 0.75:
                prog += [["release", rng.choice(names)]]  # sometimes releases what it does not hold
            else:
                prog += body
        programs.append(prog)
    total = sum(len(p) for p in programs)
    length = rng.randint(1, 3 * total + 5) if not big else 200000
    schedule = []
    while len(schedule) < length:
        t = rng.randrange(n)
        schedule += [t] * rng.choice([1, 1, 1, 2, 3, 8])
    print(json.dumps({"args": [locks, programs, schedule[:length]]}))


main()
