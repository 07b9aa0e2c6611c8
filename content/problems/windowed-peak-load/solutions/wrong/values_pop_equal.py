import sys
from collections import deque

# Wrong: a deque of VALUES that also pops equal values, then expires by value.
data = sys.stdin.buffer.read().split()
n, k = int(data[0]), int(data[1])
a = list(map(int, data[2 : 2 + n]))
window: deque[int] = deque()
out = []
for i, x in enumerate(a):
    if i >= k and window and window[0] == a[i - k]:
        window.popleft()
    while window and window[-1] <= x:
        window.pop()
    window.append(x)
    if i >= k - 1:
        out.append(window[0])
print(*out)
