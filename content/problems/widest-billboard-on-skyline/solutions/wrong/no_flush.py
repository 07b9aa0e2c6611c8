import sys

# Wrong: no sentinel and no final flush - rectangles reaching the last building are missed.
data = sys.stdin.buffer.read().split()
n = int(data[0])
h = list(map(int, data[1 : 1 + n]))
stack: list[int] = []
best = 0
for i, x in enumerate(h):
    while stack and h[stack[-1]] >= x:
        height = h[stack.pop()]
        width = i - stack[-1] - 1 if stack else i
        best = max(best, height * width)
    stack.append(i)
print(best)
