# Complexity: O(n * m) time: at most n - 1 Bellman-Ford rounds over the m legs, then one BFS in
# O(n + m) from the still-improvable junctions; O(n + m) memory.
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
    # anything that can still be improved is influenced by a negative cycle,
    # and so is everything reachable from it
    adj = [[] for _ in range(n + 1)]
    for u, v, _ in edges:
        adj[u].append(v)
    neg = [False] * (n + 1)
    q = deque()
    for u, v, w in edges:
        if dist[u] != INF and dist[u] + w < dist[v] and not neg[v]:
            neg[v] = True
            q.append(v)
    while q:
        u = q.popleft()
        for v in adj[u]:
            if not neg[v]:
                neg[v] = True
                q.append(v)
    out = []
    for v in range(1, n + 1):
        if neg[v]:
            out.append("-inf")
        elif dist[v] == INF:
            out.append("unreachable")
        else:
            out.append(str(dist[v]))
    print("\n".join(out))


main()
