# Every window total is a difference of two prefix sums.
# Complexity: O(n) time, O(n) extra memory for the prefix sums.
import sys
from itertools import accumulate


def main() -> None:
    data = sys.stdin.buffer.read().split()
    n, k = int(data[0]), int(data[1])
    prefix = [0, *accumulate(map(int, data[2:2 + n]))]
    totals = [prefix[i + k] - prefix[i] for i in range(n - k + 1)]
    best = max(totals)
    print(best)
    print(totals.index(best) + 1)


main()
