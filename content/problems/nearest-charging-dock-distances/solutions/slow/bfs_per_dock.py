# Correct but O(docks * cells): a separate BFS from every dock.
from collections import deque


class Solution:
    def dock_distances(self, grid):
        rows, cols = len(grid), len(grid[0])
        best = [[-1] * cols for _ in range(rows)]
        for sr in range(rows):
            for sc in range(cols):
                if grid[sr][sc] != "D":
                    continue
                dist = {(sr, sc): 0}
                q = deque([(sr, sc)])
                while q:
                    r, c = q.popleft()
                    d = dist[(r, c)]
                    if best[r][c] == -1 or d < best[r][c]:
                        best[r][c] = d
                    for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
                        if 0 <= nr < rows and 0 <= nc < cols and grid[nr][nc] != "#" and (nr, nc) not in dist:
                            dist[(nr, nc)] = d + 1
                            q.append((nr, nc))
        return best
