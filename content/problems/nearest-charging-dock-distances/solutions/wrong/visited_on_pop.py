# Bug: marks cells visited when popped but writes distances when pushed, so a queued cell can
# be pushed again (and its distance overwritten) by a later cell.
from collections import deque


class Solution:
    def dock_distances(self, grid):
        rows, cols = len(grid), len(grid[0])
        dist = [[-1] * cols for _ in range(rows)]
        seen = [[False] * cols for _ in range(rows)]
        q = deque()
        for r in range(rows):
            for c in range(cols):
                if grid[r][c] == "D":
                    dist[r][c] = 0
                    q.append((r, c))
        while q:
            r, c = q.popleft()
            if seen[r][c]:
                continue
            seen[r][c] = True
            for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
                if 0 <= nr < rows and 0 <= nc < cols and grid[nr][nc] != "#" and not seen[nr][nc]:
                    dist[nr][nc] = dist[r][c] + 1
                    q.append((nr, nc))
        return dist
