"""Random graphs, long chains (deep DFS), many isolated flats, dense duplicates."""
import json
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
        n, m = rng.randint(1, 10), rng.randint(0, 10)
    elif seed <= 5:
        n, m = 2000, rng.randint(500, 3000)
    else:
        n = 10**5
        m = {6: 5 * 10**4, 7: 2 * 10**5, 8: 0, 9: 0, 10: 0}[seed]
    wires = []
    if seed == 8:  # one long shuffled chain through every flat
        perm = list(range(n))
        rng.shuffle(perm)
        wires = [[perm[i], perm[i + 1]] for i in range(n - 1)]
    elif seed == 9:  # a few long chains plus isolated flats and repeated wires
        perm = list(range(n))
        rng.shuffle(perm)
        for start in range(0, 90000, 30000):
            for i in range(start, start + 29999):
                wires.append([perm[i], perm[i + 1]])
        wires += [rng.choice(wires)[::-1] for _ in range(20000)]
        wires += [[v, v] for v in rng.sample(range(n), 1000)]
    elif seed == 10:  # many small stars
        for c in range(0, n - 10, 10):
            for j in range(1, 10):
                wires.append([c, c + j])
    else:
        wires = [[rng.randrange(n), rng.randrange(n)] for _ in range(m)]
    rng.shuffle(wires)
    print(json.dumps({"args": [n, wires]}))


main()
