import sys

# Wrong: bucket width t instead of t + 1 (t = 0 divides by zero).
data = sys.stdin.buffer.read().split()
n, k, t = int(data[0]), int(data[1]), int(data[2])
a = list(map(int, data[3 : 3 + n]))
buckets: dict[int, int] = {}
answer = -1
for j, x in enumerate(a):
    b = x // t
    if b in buckets or (b - 1 in buckets and x - buckets[b - 1] <= t) or (b + 1 in buckets and buckets[b + 1] - x <= t):
        answer = j + 1
        break
    buckets[b] = x
    if j >= k:
        del buckets[a[j - k] // t]
print(answer)
