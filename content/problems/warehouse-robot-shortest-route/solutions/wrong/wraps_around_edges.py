# Bug: only checks the upper bounds; negative indices wrap around to the other side.
import sys
from collections import deque


def main():
    data = sys.stdin.read().split()
    n, m = int(data[0]), int(data[1])
    grid = data[2:2 + n]
    for r in range(n):
        for c in range(m):
            if grid[r][c] == "S":
                s = (r, c)
            elif grid[r][c] == "T":
                t = (r, c)
    dist = {s: 0}
    q = deque([s])
    while q:
        r, c = q.popleft()
        for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)):
            nr, nc = r + dr, c + dc
            if nr < n and nc < m and grid[nr][nc] != "#":
                key = (nr % n, nc % m)
                if key not in dist:
                    dist[key] = dist[(r, c)] + 1
                    q.append(key)
    print(dist.get(t, -1))


main()
