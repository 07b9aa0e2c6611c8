# Complexity: O(rows * cols) time and memory: a 0-1 BFS with a deque, free cells at the front and
# rubble at the back, so each cell is improved at most twice.
from collections import deque


class Solution:
    def fewest_piles(self, grid: list[str]) -> int:
        rows, cols = len(grid), len(grid[0])
        cost = [1 if ch == "#" else 0 for row in grid for ch in row]  # cost of entering
        INF = rows * cols + 1
        dist = [INF] * (rows * cols)
        dist[0] = 0
        dq = deque([0])
        target = rows * cols - 1
        while dq:
            v = dq.popleft()
            d = dist[v]
            if v == target:
                return d
            r, c = divmod(v, cols)
            for w, ok in ((v - cols, r > 0), (v + cols, r + 1 < rows), (v - 1, c > 0), (v + 1, c + 1 < cols)):
                if ok:
                    nd = d + cost[w]
                    if nd < dist[w]:
                        dist[w] = nd
                        if cost[w]:
                            dq.append(w)
                        else:
                            dq.appendleft(w)
        return dist[target]
