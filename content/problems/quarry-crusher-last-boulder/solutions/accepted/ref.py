# Complexity: O(n log n) time, n = len(weights): heapify in O(n), then at most n - 1 rounds of two
# pops and one push on a max-heap; O(n) memory for the heap.
import heapq


class Solution:
    def last_boulder(self, weights: list[int]) -> int:
        heap = [-w for w in weights]
        heapq.heapify(heap)
        while len(heap) > 1:
            x = -heapq.heappop(heap)
            y = -heapq.heappop(heap)
            if x != y:
                heapq.heappush(heap, -(x - y))
        return -heap[0] if heap else 0
