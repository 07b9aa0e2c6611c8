# Bug: "not dist.get(v)" treats a distance of 0 as "not reached yet", so junctions reached at
# zero cost (including the depot itself) can be overwritten with worse times.
import sys
from heapq import heappop, heappush


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    adj = [[] for _ in range(n + 1)]
    for i in range(m):
        u, v, w = int(data[2 + 3 * i]), int(data[3 + 3 * i]), int(data[4 + 3 * i])
        adj[u].append((v, w))
    dist = {1: 0}
    heap = [(0, 1)]
    done = set()
    while heap:
        d, v = heappop(heap)
        if v in done:
            continue
        done.add(v)
        for w, t in adj[v]:
            if not dist.get(w) or d + t < dist[w]:
                dist[w] = d + t
                heappush(heap, (d + t, w))
    print(" ".join(str(dist.get(v, -1)) for v in range(1, n + 1)))


main()
