# Bug: no negative-loop detection at all: prints whatever n - 1 rounds produced.
import sys
from collections import deque


def main():
    vals = list(map(int, sys.stdin.buffer.read().split()))
    n, m, s = vals[0], vals[1], vals[2]
    edges = [(vals[3 + 3 * i], vals[4 + 3 * i], vals[5 + 3 * i]) for i in range(m)]
    INF = float("inf")
    dist = [INF] * (n + 1)
    dist[s] = 0
    # Bellman-Ford: n - 1 rounds suffice when there is no reachable negative cycle
    for _ in range(n - 1):
        changed = False
        for u, v, w in edges:
            du = dist[u]
            if du != INF and du + w < dist[v]:
                dist[v] = du + w
                changed = True
        if not changed:
            break
    out = []
    for v in range(1, n + 1):
        out.append("unreachable" if dist[v] == INF else str(dist[v]))
    print("\n".join(out))


main()
