import sys

# Correct but O(n^2): tries every buy day against every later sell day.
data = sys.stdin.read().split()
n = int(data[0])
p = list(map(int, data[1 : 1 + n]))
best = 0
for i in range(n):
    pi = p[i]
    for j in range(i + 1, n):
        if p[j] - pi > best:
            best = p[j] - pi
print(best)
