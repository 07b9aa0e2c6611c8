import heapq
import sys

# Wrong: moving a value from the min-heap into the negated max-heap forgets the minus sign.
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
    elif len(high) > len(low):
        heapq.heappush(low, heapq.heappop(high))
    out.append(-low[0])
print(*out)
