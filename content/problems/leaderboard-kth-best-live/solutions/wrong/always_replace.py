import heapq
import sys

# Wrong: once the heap is full every new score replaces the root, even a low one.
data = sys.stdin.buffer.read().split()
n, k = int(data[0]), int(data[1])
top: list[int] = []
out = []
for tok in data[2 : 2 + n]:
    x = int(tok)
    if len(top) < k:
        heapq.heappush(top, x)
    else:
        heapq.heapreplace(top, x)
    out.append(top[0] if len(top) == k else -1)
print(*out)
