# Wrong: Dijkstra with 10^12 as "infinity"; a chain of 10^5 streets of 10^9 minutes is ~10^14 long,
# so the far junctions never improve on the sentinel and print -1.
import sys
from heapq import heappop, heappush


def main():
    vals = list(map(int, sys.stdin.buffer.read().split()))
    n, m = vals[0], vals[1]
    adj = [[] for _ in range(n + 1)]
    for u, v, w in zip(vals[2:2 + 3 * m:3], vals[3:3 + 3 * m:3], vals[4:4 + 3 * m:3]):
        adj[u].append((v, w))
    INF = 10**12
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
