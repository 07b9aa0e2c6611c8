# Complexity: O(n log n) time: a max-heap of (value, index), expired tops discarded lazily, each
# entry pushed and popped once; O(n) memory for the heap.
import heapq
import sys

# Alternative: max-heap of (-value, index); expired tops are discarded lazily.
data = sys.stdin.buffer.read().split()
n, k = int(data[0]), int(data[1])
a = list(map(int, data[2 : 2 + n]))
heap: list[tuple[int, int]] = []
out = []
for i, x in enumerate(a):
    heapq.heappush(heap, (-x, i))
    if i >= k - 1:
        while heap[0][1] <= i - k:
            heapq.heappop(heap)
        out.append(-heap[0][0])
print(*out)
