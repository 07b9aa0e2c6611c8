# Bug: finds a route with the fewest steps (preferring clear cells on ties) and counts its piles.
from collections import deque


class Solution:
    def fewest_piles(self, grid):
        rows, cols = len(grid), len(grid[0])
        INF = float("inf")
        steps = [[INF] * cols for _ in range(rows)]
        piles = [[INF] * cols for _ in range(rows)]
        steps[0][0] = piles[0][0] = 0
        q = deque([(0, 0)])
        while q:
            r, c = q.popleft()
            for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
                if 0 <= nr < rows and 0 <= nc < cols:
                    p = piles[r][c] + (grid[nr][nc] == "#")
                    if steps[nr][nc] == INF:
                        steps[nr][nc] = steps[r][c] + 1
                        piles[nr][nc] = p
                        q.append((nr, nc))
                    elif steps[nr][nc] == steps[r][c] + 1 and p < piles[nr][nc]:
                        piles[nr][nc] = p
        return piles[rows - 1][cols - 1]
