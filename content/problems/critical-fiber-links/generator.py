"""Multigraphs for the bridge finder: trees with extra links, long paths, doubled paths,
chains of rings, disconnected mixtures with loops."""
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
    if seed in (30, 31):
        # named modes: the widest structure, a star around a random hub; every link is critical
        # (30, the largest possible answer), or every link doubled so none is (31)
        n = 10**5
        hub = rng.randrange(n)
        links = [[hub, v] for v in range(n) if v != hub]
        if seed == 31:
            links += [[v, hub] for v in range(n) if v != hub]
        rng.shuffle(links)
        print(json.dumps({"args": [n, links]}))
        return
    if seed <= 3:
        n = rng.randint(1, 8)
    elif seed <= 5:
        n = 1000
    elif seed <= 7:
        n = 2 * 10**4
    else:
        n = 10**5
    perm = list(range(n))
    rng.shuffle(perm)
    links = []
    kind = {1: "random", 2: "random", 3: "random", 4: "tree+", 5: "rings", 6: "tree+", 7: "rings",
            8: "path+", 9: "tree+", 10: "double-path", 11: "rings", 12: "mixed"}[seed]
    if kind == "random":
        links = [[rng.randrange(n), rng.randrange(n)] for _ in range(rng.randint(0, 2 * n))]
    elif kind == "tree+":
        for v in range(1, n):
            links.append([perm[v], perm[rng.randrange(max(0, v - 50), v)]])
        extra = n // 10 if seed < 9 else n
        for _ in range(extra):
            a = rng.randrange(n)
            links.append([perm[a], perm[min(n - 1, a + rng.randint(1, 30))]])
    elif kind == "path+":
        links = [[perm[v], perm[v + 1]] for v in range(n - 1)]
        for _ in range(200):  # a few short back links; most path edges stay critical
            a = rng.randrange(n - 5)
            links.append([perm[a], perm[a + rng.randint(2, 4)]])
    elif kind == "double-path":
        for v in range(n - 1):
            links.append([perm[v], perm[v + 1]])
            links.append([perm[v + 1], perm[v]])
    elif kind == "rings":
        v = 0
        prev_ring_vertex = None
        while v < n:
            size = min(n - v, rng.randint(1, 6))
            ring = perm[v:v + size]
            if size >= 2:
                for i in range(size):
                    if size == 2 and i == 1:
                        break
                    links.append([ring[i], ring[(i + 1) % size]])
                if size == 2:
                    links.append([ring[1], ring[0]])  # a parallel pair acts as a ring
            if prev_ring_vertex is not None:
                links.append([prev_ring_vertex, rng.choice(ring)])
            prev_ring_vertex = rng.choice(ring)
            v += size
    else:  # mixed: components of different kinds plus loops and isolated vertices
        third = n // 3
        for v in range(1, third):
            links.append([perm[v], perm[rng.randrange(v)]])
        for v in range(third, 2 * third - 1):
            links.append([perm[v], perm[v + 1]])
        links.append([perm[2 * third - 1], perm[third]])  # one big ring
        for _ in range(5000):
            x = perm[rng.randrange(n)]
            links.append([x, x])
    rng.shuffle(links)
    for l in links:
        if rng.random() < 0.5:
            l.reverse()
    print(json.dumps({"args": [n, links]}))


main()
