# Complexity: O(rows * cols * log(rows * cols)) time: Dijkstra with a binary heap and lazy
# deletion over the grid's cells; O(rows * cols) memory for the distances and the heap.
from heapq import heappop, heappush


class Solution:
    def fewest_piles(self, grid):
        rows, cols = len(grid), len(grid[0])
        dist = {(0, 0): 0}
        heap = [(0, 0, 0)]
        while heap:
            d, r, c = heappop(heap)
            if d > dist[(r, c)]:
                continue
            if (r, c) == (rows - 1, cols - 1):
                return d
            for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
                if 0 <= nr < rows and 0 <= nc < cols:
                    nd = d + (grid[nr][nc] == "#")
                    if nd < dist.get((nr, nc), 1 << 60):
                        dist[(nr, nc)] = nd
                        heappush(heap, (nd, nr, nc))
        return -1
