import sys
from bisect import insort

# Correct but insort shifts O(n) elements per insertion: O(n^2) element moves overall.
data = sys.stdin.buffer.read().split()
n = int(data[0])
prices: list[int] = []
out = []
for tok in data[1 : 1 + n]:
    insort(prices, int(tok))
    out.append(prices[(len(prices) - 1) // 2])
print(*out)
