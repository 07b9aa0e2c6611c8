"""Leg networks for Bellman-Ford: potential-based graphs without negative loops, planted
negative loops (reachable or not), long chains listed backwards, negative self-loops."""
import random
import sys


def chain(after_loop: bool, weight: int, loop_at_end: bool) -> tuple:
    """The longest path the constraints allow, 1 -> 2 -> ... -> 1000, listed back to front (the
    worst order for Bellman-Ford); a negative loop at its start or near its end."""
    n = 1000
    edges = [(v, v + 1, weight) for v in range(n - 1, 0, -1)]
    if after_loop:
        edges += [(1, 2, -1), (2, 1, -(10**6))]  # a negative loop 1 <-> 2: all after it is -inf
    if loop_at_end:
        edges += [(n - 1, n, -1), (n, n - 1, -(10**6))]  # only the last two are -inf
    return n, 1, edges


def loop_then_chain() -> tuple:
    """A loop 1 <-> 2 losing 1 per turn, then the chain 2 -> 3 -> ... -> 1000, every link also
    given a -10^6 shortcut from 1: after Bellman-Ford only the loop itself is still improving,
    so marking the -inf region walks the whole chain from there (1000 deep)."""
    n = 1000
    edges = [(1, 2, 0), (2, 1, -1)]
    edges += [(v, v + 1, 0) for v in range(2, n)]
    edges += [(1, v, -(10**6)) for v in range(3, n + 1)]
    return n, 1, edges


# named modes (seeds 30..33): maximum-depth chains, answers at the extremes of their range
CHAINS = {
    30: lambda: chain(after_loop=True, weight=10**6, loop_at_end=False),
    31: lambda: chain(after_loop=False, weight=-(10**6), loop_at_end=False),
    32: lambda: chain(after_loop=False, weight=10**6, loop_at_end=True),
    33: loop_then_chain,
}


def main():
    args = sys.argv[1:] or sys.stdin.read().split()
    # "stress S": a small random input for `problem check --stress`: the shape of one of
    # the small seeds 1..3, drawn from a stream of its own
    stress = int(args[1]) if args[0] == "stress" else None
    seed = int(args[0]) if stress is None else 1 + stress % 3
    rng = random.Random(seed if stress is None else f"stress-{stress}")
    if seed in CHAINS:
        n, s, edges = CHAINS[seed]()
        print("\n".join([f"{n} {len(edges)} {s}", *(f"{a} {b} {w}" for a, b, w in edges)]))
        return
    if seed <= 3:
        n, m = rng.randint(1, 6), rng.randint(0, 10)
    elif seed <= 6:
        n, m = 100, 500
    else:
        n, m = 1000, 5000
    pot = [0] + [rng.randint(0, 5 * 10**5) for _ in range(n)]

    def safe(a, b):  # weight that can never close a negative loop
        return pot[b] - pot[a] + rng.randint(0, 1000)

    edges = []
    s = 1
    if seed <= 3:
        edges = [(rng.randint(1, n), rng.randint(1, n), rng.randint(-5, 5)) for _ in range(m)]
        s = rng.randint(1, n)
    elif seed in (4, 5, 6, 11):
        for _ in range(m - 6):
            a, b = rng.randint(1, n), rng.randint(1, n)
            edges.append((a, b, safe(a, b)))
        if seed != 4:  # plant one short negative loop
            c = rng.sample(range(1, n + 1), 3)
            for i in range(3):
                a, b = c[i], c[(i + 1) % 3]
                edges.append((a, b, pot[b] - pot[a] - (1 if i == 0 else 0)))
        s = rng.randint(1, n)
    else:
        order = list(range(1, n + 1))
        rng.shuffle(order)
        s = order[0]
        chain = [(order[i], order[i + 1], safe(order[i], order[i + 1])) for i in range(n - 1)]
        chain.reverse()  # worst case: one waypoint settles per round
        rest = []
        idx = {v: i for i, v in enumerate(order)}
        blocked = set()
        if seed == 8:
            # negative loop in the middle of the chain; everything after it is -inf
            a, b = order[n // 2], order[n // 2 + 1]
            rest.append((b, a, pot[a] - pot[b] - 1 - 1000))
        elif seed == 9:
            # a negative loop that s cannot reach, with legs out of it into reachable waypoints
            out = order[-20:]
            blocked = set(out)
            chain = [e for e in chain if e[0] not in out and e[1] not in out]
            for i in range(len(out)):
                a, b = out[i], out[(i + 1) % len(out)]
                rest.append((a, b, -5))
            for a in out:
                rest.append((a, rng.choice(order[:-20]), -10**6))
        elif seed == 10:
            # parallel legs and self-loops; one negative self-loop late in the chain
            for _ in range(300):
                v = rng.randint(1, n)
                rest.append((v, v, rng.randint(0, 10**6)))
            v = order[n - 10]
            rest.append((v, v, -1))
        elif seed == 12:
            a, b = order[-2], order[-1]
            rest.append((b, a, pot[a] - pot[b] - 1 - 1000))
        while len(chain) + len(rest) < m:
            a, b = rng.randint(1, n), rng.randint(1, n)
            if idx[a] > idx[b]:
                a, b = b, a
            if b in blocked:
                continue
            # forward legs that are never better than the chain (keep the chain the best route)
            rest.append((a, b, safe(a, b) + 10**5))
        rest = [(a, b, max(-10**6, min(10**6, w))) for a, b, w in rest]
        edges = rest[: len(rest) // 2] + chain + rest[len(rest) // 2:]
    edges = [(a, b, max(-10**6, min(10**6, w))) for a, b, w in edges]
    # one line per leg and no blank line when there is none
    print("\n".join([f"{n} {len(edges)} {s}", *(f"{a} {b} {w}" for a, b, w in edges)]))


main()
