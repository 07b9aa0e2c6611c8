# Complexity: O(n) time: one pass from the right keeping the best future selling price;
# O(n) memory for the list of prices.
import sys

# Alternative: sweep from the right keeping the best future selling price.
data = sys.stdin.read().split()
n = int(data[0])
p = list(map(int, data[1 : 1 + n]))
best = 0
highest = p[-1]
for i in range(n - 2, -1, -1):
    best = max(best, highest - p[i])
    highest = max(highest, p[i])
print(best)
