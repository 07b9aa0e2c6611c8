import sys

# Wrong: fills each valley between consecutive local peaks up to the lower peak.
# Misses basins where a middle peak is itself under water.
data = sys.stdin.buffer.read().split()
n = int(data[0])
h = list(map(int, data[1 : 1 + n]))
peaks = [i for i in range(n) if (i == 0 or h[i] >= h[i - 1]) and (i == n - 1 or h[i] >= h[i + 1])]
water = 0
for a, b in zip(peaks, peaks[1:]):
    level = min(h[a], h[b])
    for k in range(a + 1, b):
        if h[k] < level:
            water += level - h[k]
print(water)
