import sys

# Correct but O(n^2): from every building expand left and right while buildings are tall enough.
data = sys.stdin.buffer.read().split()
n = int(data[0])
h = list(map(int, data[1 : 1 + n]))
best = 0
for i in range(n):
    hi = h[i]
    l = i
    while l > 0 and h[l - 1] >= hi:
        l -= 1
    r = i
    while r < n - 1 and h[r + 1] >= hi:
        r += 1
    best = max(best, hi * (r - l + 1))
print(best)
