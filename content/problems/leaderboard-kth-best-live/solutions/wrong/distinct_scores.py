import heapq
import sys

# Wrong: ignores a score equal to one already on the podium (treats scores as a set).
data = sys.stdin.buffer.read().split()
n, k = int(data[0]), int(data[1])
top: list[int] = []
members: set[int] = set()
out = []
for tok in data[2 : 2 + n]:
    x = int(tok)
    if x not in members:
        if len(top) < k:
            heapq.heappush(top, x)
            members.add(x)
        elif x > top[0]:
            members.discard(heapq.heapreplace(top, x))
            members.add(x)
    out.append(top[0] if len(top) == k else -1)
print(*out)
