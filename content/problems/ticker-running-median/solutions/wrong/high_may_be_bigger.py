import heapq
import sys

# Wrong: symmetric rebalancing lets the upper half hold one more element than the lower half,
# and then the top of the lower half is not the lower median.
data = sys.stdin.buffer.read().split()
n = int(data[0])
low: list[int] = []
high: list[int] = []
out = []
for tok in data[1 : 1 + n]:
    x = int(tok)
    if low and x > -low[0]:
        heapq.heappush(high, x)
    else:
        heapq.heappush(low, -x)
    if len(low) > len(high) + 1:
        heapq.heappush(high, -heapq.heappop(low))
    elif len(high) > len(low) + 1:
        heapq.heappush(low, -heapq.heappop(high))
    out.append(-low[0])
print(*out)
