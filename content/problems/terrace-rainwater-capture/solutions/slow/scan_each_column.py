import sys

# Correct but O(n^2): for every column scan both sides for the tallest wall.
data = sys.stdin.buffer.read().split()
n = int(data[0])
h = list(map(int, data[1 : 1 + n]))
water = 0
for i in range(n):
    lm = 0
    for j in range(i + 1):
        if h[j] > lm:
            lm = h[j]
    rm = 0
    for j in range(i, n):
        if h[j] > rm:
            rm = h[j]
    water += min(lm, rm) - h[i]
print(water)
