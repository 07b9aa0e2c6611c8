"""Request streams for the XOR channel dispatcher."""
import random
import sys


def main():
    args = sys.argv[1:] or sys.stdin.read().split()
    # "stress S": a small random input for `problem check --stress`: the shape of one of
    # the small seeds 1..3, drawn from a stream of its own
    stress = int(args[1]) if args[0] == "stress" else None
    seed = int(args[0]) if stress is None else 1 + stress % 3
    rng = random.Random(seed if stress is None else f"stress-{stress}")
    if seed <= 3:
        q, top = rng.randint(8, 20), 16
    elif seed <= 6:
        q, top = 2000, [2**10, 2**4, 2**30][seed - 4]
    elif seed <= 8:
        q, top = 2 * 10**4, 2**30
    else:
        q, top = 10**5, {9: 2**30, 10: 2**30, 11: 2**8, 12: 2**30}[seed]
    inuse = []
    lines = []
    for i in range(q):
        if seed == 10:  # load first, then hammer with queries
            if i < q // 2:
                x = rng.randrange(top)
                inuse.append(x)
                lines.append(f"+ {x}")
            else:
                lines.append(f"? {rng.randrange(top)}")
            continue
        if seed == 12:
            # waves: fill with codes whose top bit is set, drain them, query; repeat
            phase = (i // 5000) % 3
            if phase == 0:
                x = rng.randrange(top // 2, top) if rng.random() < 0.7 else rng.randrange(top // 2)
                inuse.append(x)
                lines.append(f"+ {x}")
            elif phase == 1 and inuse:
                j = rng.randrange(len(inuse))
                inuse[j], inuse[-1] = inuse[-1], inuse[j]
                x = inuse.pop()
                if x >= top // 2 or rng.random() < 0.1:
                    lines.append(f"- {x}")
                else:
                    inuse.append(x)
                    lines.append(f"? {rng.randrange(top)}")
            else:
                lines.append(f"? {rng.randrange(top // 2)}")
            continue
        r = rng.random()
        if r < 0.4 or (r < 0.6 and not inuse):
            x = rng.choice(inuse) if inuse and rng.random() < 0.2 else rng.randrange(top)
            inuse.append(x)
            lines.append(f"+ {x}")
        elif r < 0.6:
            j = rng.randrange(len(inuse))
            inuse[j], inuse[-1] = inuse[-1], inuse[j]
            lines.append(f"- {inuse.pop()}")
        else:
            lines.append(f"? {rng.randrange(top)}")
    print(q)
    print("\n".join(lines))


main()
