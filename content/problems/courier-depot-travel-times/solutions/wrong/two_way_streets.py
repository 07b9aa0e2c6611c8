# Bug: treats the streets as two-way.
import sys
from heapq import heappop, heappush


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    adj = [[] for _ in range(n + 1)]
    for i in range(m):
        u, v, w = int(data[2 + 3 * i]), int(data[3 + 3 * i]), int(data[4 + 3 * i])
        adj[u].append((v, w))
        adj[v].append((u, w))
    INF = float("inf")
    dist = [INF] * (n + 1)
    dist[1] = 0
    heap = [(0, 1)]
    while heap:
        d, v = heappop(heap)
        if d > dist[v]:
            continue
        for w, t in adj[v]:
            if d + t < dist[w]:
                dist[w] = d + t
                heappush(heap, (d + t, w))
    print(" ".join(str(d) if d != INF else "-1" for d in dist[1:]))


main()
