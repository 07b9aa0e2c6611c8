import heapq


class Solution:
    def kth_gap(self, positions: list[int], k: int) -> int:
        a = sorted(positions)
        n = len(a)
        # the smallest unused distance from each left end i is to the next unused right end
        heap = [(a[i + 1] - a[i], i, i + 1) for i in range(n - 1)]
        heapq.heapify(heap)
        for _ in range(k - 1):
            _, i, j = heapq.heappop(heap)
            if j + 1 < n:
                heapq.heappush(heap, (a[j + 1] - a[i], i, j + 1))
        return heap[0][0]
