# Complexity: O(n) time: one pass keeping the cheapest price so far; O(1) extra memory besides
# the input.
import sys


def main() -> None:
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    prices = data[1 : 1 + n]
    best = 0
    cheapest = int(prices[0])
    for token in prices[1:]:
        price = int(token)
        if price - cheapest > best:
            best = price - cheapest
        if price < cheapest:
            cheapest = price
    print(best)


main()
