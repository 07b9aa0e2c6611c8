# Complexity: O(n) time: a monotonic stack where each column is pushed and popped once, water
# added in horizontal layers; O(n) memory for the stack.
import sys

# Alternative: monotonic stack, water added in horizontal layers.
data = sys.stdin.buffer.read().split()
n = int(data[0])
h = list(map(int, data[1 : 1 + n]))
stack: list[int] = []
water = 0
for i, x in enumerate(h):
    while stack and h[stack[-1]] < x:
        bottom = h[stack.pop()]
        if not stack:
            break
        j = stack[-1]
        water += (min(h[j], x) - bottom) * (i - j - 1)
    stack.append(i)
print(water)
