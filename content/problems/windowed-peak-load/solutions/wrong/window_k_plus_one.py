import sys
from collections import deque

# Wrong: expires the front one step too late, so windows have k + 1 samples.
data = sys.stdin.buffer.read().split()
n, k = int(data[0]), int(data[1])
a = list(map(int, data[2 : 2 + n]))
window: deque[int] = deque()
out = []
for i, x in enumerate(a):
    while window and a[window[-1]] <= x:
        window.pop()
    window.append(i)
    if window[0] < i - k:
        window.popleft()
    if i >= k - 1:
        out.append(a[window[0]])
print(*out)
