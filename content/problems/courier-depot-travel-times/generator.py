"""Street networks: random graphs, zero-time streets, misleading direct streets, and chains
listed backwards (the worst case for repeated relaxation)."""
import random
import sys


def main():
    args = sys.argv[1:] or sys.stdin.read().split()
    # "stress S": a small random input for `problem check --stress`: the shape of one of
    # the small seeds 1..3, drawn from a stream of its own
    stress = int(args[1]) if args[0] == "stress" else None
    seed = int(args[0]) if stress is None else 1 + stress % 3
    rng = random.Random(seed if stress is None else f"stress-{stress}")
    if seed >= 30:
        n = 10**5
        if seed == 30:
            # the longest possible trip: a chain 1 -> 2 -> ... -> n of 10^9-minute streets,
            # listed back to front; the far end is (n - 1) * 10^9 ~ 10^14 minutes away
            edges = [(v, v + 1, 10**9) for v in range(n - 1, 0, -1)] + [(n, 1, 10**9)]
        elif seed == 31:  # a star out of the depot, 0 and 10^9 minutes alternating
            edges = [(1, v, 0 if v % 2 else 10**9) for v in range(2, n + 1)]
        else:  # 32: no streets at all: every other junction is -1
            edges = []
        print("\n".join([f"{n} {len(edges)}", *(f"{u} {v} {w}" for u, v, w in edges)]))
        return
    if seed <= 3:
        n, m, wmax = rng.randint(1, 8), rng.randint(0, 14), 10
    elif seed <= 5:
        n, m, wmax = 1000, 3000, 1000
    elif seed == 6:
        n, m, wmax = 10**4, 3 * 10**4, 10**6
    else:
        n, m, wmax = 10**5, 10**5, 10**9
    if seed == 9:
        n = 5 * 10**4  # half the streets form the path, half are shortcuts
    edges = []
    if seed in (1, 2, 3, 4, 5, 7):
        edges = [(rng.randint(1, n), rng.randint(1, n), rng.randint(0, wmax)) for _ in range(m)]
    elif seed in (6, 9):
        # a cheap long path 1 -> 2 -> ... plus expensive direct shortcuts that look tempting
        for v in range(1, n):
            edges.append((v, v + 1, rng.randint(0, wmax // 1000)))
        while len(edges) < m:
            a = rng.randint(1, n - 1)
            b = rng.randint(a + 1, min(n, a + 50))
            edges.append((a, b, rng.randint(wmax // 2, wmax)))
    elif seed == 8:
        # many zero-time streets
        edges = [(rng.randint(1, n), rng.randint(1, n), rng.choice([0, 0, 0, rng.randint(0, wmax)]))
                 for _ in range(m)]
        for v in range(1, 2000):
            edges.append((v, v + 1, 0))
        edges = edges[:m]
    elif seed == 10:
        # a chain listed from the far end back to the depot: each relaxation round advances
        # only one junction
        perm = list(range(2, n + 1))
        rng.shuffle(perm)
        order = [1] + perm
        chain = [(order[i], order[i + 1], rng.randint(0, 1000)) for i in range(n - 1)]
        chain.reverse()
        edges = chain + [(rng.randint(1, n), rng.randint(1, n), rng.randint(10**8, wmax))
                         for _ in range(m - len(chain))]
    else:  # seed 11: parallel streets, self-loops, and half the city unreachable
        half = n // 2
        for _ in range(m):
            a = rng.randint(1, half)
            r = rng.random()
            if r < 0.1:
                edges.append((a, a, rng.randint(0, wmax)))
            elif r < 0.2:
                b = rng.randint(half + 1, n)
                edges.append((b, a, rng.randint(0, wmax)))  # into the reachable half only
            else:
                b = rng.randint(1, half)
                for _ in range(rng.randint(1, 2)):
                    edges.append((a, b, rng.randint(0, wmax)))
        edges = edges[:m]
    if seed != 10:
        rng.shuffle(edges)
    # one line per street and no blank line when there is none
    print("\n".join([f"{n} {len(edges)}", *(f"{u} {v} {w}" for u, v, w in edges)]))


main()
