import sys

# Correct but O(n * run length): counts upwards from every number, not only from run starts.
data = sys.stdin.buffer.read().split()
n = int(data[0])
values = set(map(int, data[1 : 1 + n]))
best = 0
for x in values:
    y = x + 1
    while y in values:
        y += 1
    best = max(best, y - x)
print(best)
