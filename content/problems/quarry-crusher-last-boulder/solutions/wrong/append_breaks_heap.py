import heapq


class Solution:
    def last_boulder(self, weights: list[int]) -> int:
        heap = [-w for w in weights]
        heapq.heapify(heap)
        while len(heap) > 1:
            x = -heapq.heappop(heap)
            y = -heapq.heappop(heap)
            if x != y:
                heap.append(-(x - y))  # Wrong: bypasses the heap order
        return -heap[0] if heap else 0
