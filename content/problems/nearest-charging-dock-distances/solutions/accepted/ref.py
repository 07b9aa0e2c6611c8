# Complexity: O(rows * cols) time and memory: one multi-source BFS from all docks at once, each
# cell is queued at most once and looks at four neighbours.
from collections import deque


class Solution:
    def dock_distances(self, grid: list[str]) -> list[list[int]]:
        rows, cols = len(grid), len(grid[0])
        dist = [[-1] * cols for _ in range(rows)]
        q = deque()
        for r, row in enumerate(grid):
            for c, ch in enumerate(row):
                if ch == "D":
                    dist[r][c] = 0
                    q.append((r, c))
        while q:
            r, c = q.popleft()
            d = dist[r][c] + 1
            for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
                if 0 <= nr < rows and 0 <= nc < cols and dist[nr][nc] == -1 and grid[nr][nc] != "#":
                    dist[nr][nc] = d
                    q.append((nr, nc))
        return dist
