# Correct but quadratic: lines are never marked as used, so long lines are re-scanned from
# every one of their stops.
import sys
from collections import deque


def main():
    data = sys.stdin.buffer.read().split()
    n, k = int(data[0]), int(data[1])
    pos = 2
    lines = []
    lines_at = [[] for _ in range(n + 1)]
    for i in range(k):
        L = int(data[pos])
        stops = list(map(int, data[pos + 1:pos + 1 + L]))
        pos += 1 + L
        lines.append(stops)
        for st in stops:
            lines_at[st].append(i)
    s, t = int(data[pos]), int(data[pos + 1])
    dist = [-1] * (n + 1)
    dist[s] = 0
    q = deque([s])
    while q:
        v = q.popleft()
        for li in lines_at[v]:
            for w in lines[li]:
                if dist[w] == -1:
                    dist[w] = dist[v] + 1
                    q.append(w)
    print(dist[t])


main()
