import sys

# Correct but O(n * k): compares every reading with the previous k readings.
data = sys.stdin.buffer.read().split()
n, k, t = int(data[0]), int(data[1]), int(data[2])
a = list(map(int, data[3 : 3 + n]))
answer = -1
for j in range(n):
    x = a[j]
    for i in range(max(0, j - k), j):
        if abs(x - a[i]) <= t:
            answer = j + 1
            break
    if answer != -1:
        break
print(answer)
