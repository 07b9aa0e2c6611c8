# Complexity: O(n + k + sum L) time and memory: a BFS over stops where each line is scanned only
# the first time it is boarded.
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
    if s == t:
        print(0)
        return
    dist = [-1] * (n + 1)
    used = [False] * k
    dist[s] = 0
    q = deque([s])
    while q:
        v = q.popleft()
        d = dist[v] + 1
        for li in lines_at[v]:
            if used[li]:
                continue
            used[li] = True
            for w in lines[li]:
                if dist[w] == -1:
                    if w == t:
                        print(d)
                        return
                    dist[w] = d
                    q.append(w)
    print(-1)


main()
