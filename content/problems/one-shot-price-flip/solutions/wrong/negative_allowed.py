import sys

# Wrong: forgets that Mira may skip trading, so a falling market prints a negative profit
# (and n = 1 prints a huge negative number).
data = sys.stdin.read().split()
n = int(data[0])
p = list(map(int, data[1 : 1 + n]))
best = -(10**18)
cheapest = p[0]
for price in p[1:]:
    best = max(best, price - cheapest)
    cheapest = min(cheapest, price)
print(best)
