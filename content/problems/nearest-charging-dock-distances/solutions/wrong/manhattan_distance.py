# Bug: Manhattan distance to the nearest dock, ignoring obstacles (computed with two sweeps).
class Solution:
    def dock_distances(self, grid):
        rows, cols = len(grid), len(grid[0])
        INF = float("inf")
        d = [[0 if grid[r][c] == "D" else INF for c in range(cols)] for r in range(rows)]
        for r in range(rows):
            for c in range(cols):
                if r:
                    d[r][c] = min(d[r][c], d[r - 1][c] + 1)
                if c:
                    d[r][c] = min(d[r][c], d[r][c - 1] + 1)
        for r in range(rows - 1, -1, -1):
            for c in range(cols - 1, -1, -1):
                if r + 1 < rows:
                    d[r][c] = min(d[r][c], d[r + 1][c] + 1)
                if c + 1 < cols:
                    d[r][c] = min(d[r][c], d[r][c + 1] + 1)
        return [[-1 if grid[r][c] == "#" or d[r][c] == INF else d[r][c] for c in range(cols)]
                for r in range(rows)]
