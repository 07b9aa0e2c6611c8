import sys

# Wrong: int(x / w) truncates toward zero, merging buckets -1 and 0.
data = sys.stdin.buffer.read().split()
n, k, t = int(data[0]), int(data[1]), int(data[2])
a = list(map(int, data[3 : 3 + n]))
w = t + 1
buckets: dict[int, int] = {}
answer = -1
for j, x in enumerate(a):
    b = int(x / w)
    if b in buckets or (b - 1 in buckets and abs(x - buckets[b - 1]) <= t) or (b + 1 in buckets and abs(buckets[b + 1] - x) <= t):
        answer = j + 1
        break
    buckets[b] = x
    if j >= k:
        buckets.pop(int(a[j - k] / w), None)
print(answer)
