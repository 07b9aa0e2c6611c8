# Complexity: O(n * m) time and memory: one BFS over the flattened grid, each cell queued at most
# once and looking at four neighbours.
import sys
from collections import deque


def main():
    data = sys.stdin.read().split()
    n, m = int(data[0]), int(data[1])
    grid = data[2:2 + n]
    # flatten the grid; walls become -2 so they are never "unvisited"
    dist = [-1] * (n * m)
    start = target = -1
    for r, row in enumerate(grid):
        for c, ch in enumerate(row):
            if ch == "#":
                dist[r * m + c] = -2
            elif ch == "S":
                start = r * m + c
            elif ch == "T":
                target = r * m + c
    dist[start] = 0
    q = deque([start])
    while q:
        v = q.popleft()
        if v == target:
            break
        d = dist[v] + 1
        r, c = divmod(v, m)
        if r > 0 and dist[v - m] == -1:
            dist[v - m] = d
            q.append(v - m)
        if r + 1 < n and dist[v + m] == -1:
            dist[v + m] = d
            q.append(v + m)
        if c > 0 and dist[v - 1] == -1:
            dist[v - 1] = d
            q.append(v - 1)
        if c + 1 < m and dist[v + 1] == -1:
            dist[v + 1] = d
            q.append(v + 1)
    print(dist[target] if dist[target] >= 0 else -1)


main()
