import sys

# Wrong: off-by-one in the eviction index keeps k + 1 readings in the window.
data = sys.stdin.buffer.read().split()
n, k, t = int(data[0]), int(data[1]), int(data[2])
a = list(map(int, data[3 : 3 + n]))
w = t + 1
buckets: dict[int, int] = {}
answer = -1
for j, x in enumerate(a):
    b = x // w
    if b in buckets or (b - 1 in buckets and x - buckets[b - 1] <= t) or (b + 1 in buckets and buckets[b + 1] - x <= t):
        answer = j + 1
        break
    buckets[b] = x
    if j > k:
        buckets.pop(a[j - k - 1] // w, None)
print(answer)
