import sys

# Correct but O(n * k).
data = sys.stdin.buffer.read().split()
n, k = int(data[0]), int(data[1])
a = list(map(int, data[2 : 2 + n]))
out = []
for i in range(n - k + 1):
    best = a[i]
    for j in range(i + 1, i + k):
        if a[j] > best:
            best = a[j]
    out.append(best)
print(*out)
