# Complexity: O(n log n) time: sort, then one pass extending runs and skipping repeats;
# O(n) memory for the sorted values.
import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
a = sorted(map(int, data[1 : 1 + n]))
best = cur = 1
for prev, x in zip(a, a[1:]):
    if x == prev:
        continue
    cur = cur + 1 if x == prev + 1 else 1
    best = max(best, cur)
print(best)
