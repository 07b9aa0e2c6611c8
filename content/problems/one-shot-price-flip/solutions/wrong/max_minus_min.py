import sys

# Wrong: ignores the order of the days.
data = sys.stdin.read().split()
n = int(data[0])
p = list(map(int, data[1 : 1 + n]))
print(max(p) - min(p))
