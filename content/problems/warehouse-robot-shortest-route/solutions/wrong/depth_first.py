# Bug: depth-first search reports the length of the first route it finds, not the shortest.
import sys


def main():
    data = sys.stdin.read().split()
    n, m = int(data[0]), int(data[1])
    grid = data[2:2 + n]
    for r in range(n):
        for c in range(m):
            if grid[r][c] == "S":
                s = (r, c)
    seen = {s}
    stack = [(s, 0)]
    while stack:
        (r, c), d = stack.pop()
        if grid[r][c] == "T":
            print(d)
            return
        for dr, dc in ((0, -1), (-1, 0), (0, 1), (1, 0)):
            nr, nc = r + dr, c + dc
            if 0 <= nr < n and 0 <= nc < m and grid[nr][nc] != "#" and (nr, nc) not in seen:
                seen.add((nr, nc))
                stack.append(((nr, nc), d + 1))
    print(-1)


main()
