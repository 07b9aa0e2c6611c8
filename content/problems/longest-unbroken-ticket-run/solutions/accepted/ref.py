# Complexity: O(n) average time: a hash set, and runs are walked only from their first number,
# so each value is visited a constant number of times; O(n) memory for the set.
import sys


def main() -> None:
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    values = set(map(int, data[1 : 1 + n]))
    best = 0
    for x in values:
        if x - 1 not in values:
            y = x + 1
            while y in values:
                y += 1
            if y - x > best:
                best = y - x
    print(best)


main()
