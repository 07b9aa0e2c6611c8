# Correct but slow: relax every cell from its neighbours in alternating sweeps until stable.
class Solution:
    def fewest_piles(self, grid):
        rows, cols = len(grid), len(grid[0])
        INF = float("inf")
        d = [[INF] * cols for _ in range(rows)]
        d[0][0] = 0
        changed = True
        while changed:
            changed = False
            for r in range(rows):
                for c in range(cols):
                    best = d[r][c]
                    cost = grid[r][c] == "#"
                    if r and d[r - 1][c] + cost < best:
                        best = d[r - 1][c] + cost
                    if c and d[r][c - 1] + cost < best:
                        best = d[r][c - 1] + cost
                    if best < d[r][c]:
                        d[r][c] = best
                        changed = True
            for r in range(rows - 1, -1, -1):
                for c in range(cols - 1, -1, -1):
                    best = d[r][c]
                    cost = grid[r][c] == "#"
                    if r + 1 < rows and d[r + 1][c] + cost < best:
                        best = d[r + 1][c] + cost
                    if c + 1 < cols and d[r][c + 1] + cost < best:
                        best = d[r][c + 1] + cost
                    if best < d[r][c]:
                        d[r][c] = best
                        changed = True
        return d[rows - 1][cols - 1]
