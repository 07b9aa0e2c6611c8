import sys

# Wrong: the best length is only updated when a run ends with a gap, so a longest run
# reaching the largest value is never recorded.
data = sys.stdin.buffer.read().split()
n = int(data[0])
a = sorted(set(map(int, data[1 : 1 + n])))
best, cur = 1, 1
for prev, x in zip(a, a[1:]):
    if x == prev + 1:
        cur += 1
    else:
        best = max(best, cur)
        cur = 1
print(best)
