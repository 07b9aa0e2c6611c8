# Complexity: O((n + m) log m) time: Dijkstra with a binary heap and lazy deletion, at most one
# push per edge relaxation; O(n + m) memory for the graph and the heap.
import sys
from heapq import heappop, heappush


def main():
    vals = list(map(int, sys.stdin.buffer.read().split()))
    n, m = vals[0], vals[1]
    adj = [[] for _ in range(n + 1)]
    for u, v, w in zip(vals[2:2 + 3 * m:3], vals[3:3 + 3 * m:3], vals[4:4 + 3 * m:3]):
        adj[u].append((v, w))
    INF = float("inf")
    dist = [INF] * (n + 1)
    dist[1] = 0
    heap = [(0, 1)]
    while heap:
        d, v = heappop(heap)
        if d > dist[v]:
            continue  # outdated entry: v was already settled with a smaller distance
        for w, t in adj[v]:
            nd = d + t
            if nd < dist[w]:
                dist[w] = nd
                heappush(heap, (nd, w))
    print(" ".join(str(d) if d != INF else "-1" for d in dist[1:]))


main()
