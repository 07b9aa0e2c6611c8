"""Dependency graphs: DAGs with diamonds, long chains, hidden circles, self-rules."""
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
        n, m = rng.randint(1, 8), rng.randint(0, 10)
    elif seed <= 6:
        n, m = 1000, 3000
    elif seed <= 8:
        n, m = 2 * 10**4, 5 * 10**4
    else:
        n, m = 2 * 10**5, 2 * 10**5
    kind = {1: "random", 2: "dag", 3: "random", 4: "dag", 5: "dag+back", 6: "hidden",
            7: "dag", 8: "chain+back", 9: "dag", 10: "chain+back", 11: "hidden", 12: "chain-dag"}[seed]
    order = list(range(1, n + 1))
    rng.shuffle(order)  # topological order of the DAG part
    edges = []

    def dag_edge():
        i, j = sorted(rng.sample(range(n), 2))
        return (order[i], order[j])

    if kind == "random":
        edges = [(rng.randint(1, n), rng.randint(1, n)) for _ in range(m)]
    elif kind in ("dag", "dag+back"):
        if n >= 2:
            edges = [dag_edge() for _ in range(m)]
        if kind == "dag+back":
            i, j = sorted(rng.sample(range(n), 2))
            # make sure a forward path order[i] -> order[j] exists, then close it
            for t in range(i, j):
                edges.append((order[t], order[t + 1]))
            edges.append((order[j], order[i]))
    elif kind in ("chain+back", "chain-dag"):
        edges = [(order[t], order[t + 1]) for t in range(n - 1)]
        extra = m - len(edges) - 1
        for _ in range(max(0, extra)):
            edges.append(dag_edge())
        if kind == "chain+back":
            edges.append((order[-1], order[0]))
    else:  # hidden: a DAG part plus a separate pure circle that no source reaches
        k = max(2, n // 100)
        circle, rest = order[:k], order[k:]
        edges = [(circle[t], circle[(t + 1) % k]) for t in range(k)]
        for _ in range(m - k - min(50, k)):  # the 50 edges below keep m within its bound
            i, j = sorted(rng.sample(range(len(rest)), 2))
            edges.append((rest[i], rest[j]))
        # the DAG may point into the circle's targets?  No: keep the circle unreachable,
        # but let circle targets depend on DAG targets (edges out of the circle are fine)
        for _ in range(min(50, k)):
            edges.append((rng.choice(circle), rng.choice(rest)))
    rng.shuffle(edges)
    lines = [f"{n} {len(edges)}", *(f"{a} {b}" for a, b in edges)]
    print("\n".join(lines))  # no blank line when there are no rules


main()
