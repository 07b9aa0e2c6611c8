# Bug: ordinary BFS queue (everything appended at the back) with cells marked visited when
# first pushed. The first visit is the one with the fewest steps, not the fewest piles.
from collections import deque


class Solution:
    def fewest_piles(self, grid):
        rows, cols = len(grid), len(grid[0])
        dist = [[-1] * cols for _ in range(rows)]
        dist[0][0] = 0
        q = deque([(0, 0)])
        while q:
            r, c = q.popleft()
            for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
                if 0 <= nr < rows and 0 <= nc < cols and dist[nr][nc] == -1:
                    dist[nr][nc] = dist[r][c] + (grid[nr][nc] == "#")
                    q.append((nr, nc))
        return dist[rows - 1][cols - 1]
