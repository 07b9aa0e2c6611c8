import sys

# Wrong: extends each building's rectangle only to the right.
data = sys.stdin.buffer.read().split()
n = int(data[0])
h = list(map(int, data[1 : 1 + n]))
right = [n] * n
stack: list[int] = []
for i, x in enumerate(h):
    while stack and h[stack[-1]] > x:
        right[stack.pop()] = i
    stack.append(i)
print(max(h[i] * (right[i] - i) for i in range(n)))
