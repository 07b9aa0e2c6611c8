# Complexity: O(n log n + m log m) time: sort both lists in decreasing order, then one greedy
# walk in O(n + m); O(n + m) memory.
import sys


def main() -> None:
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    needs = sorted(map(int, data[2:2 + n]), reverse=True)
    lengths = sorted(map(int, data[2 + n:2 + n + m]), reverse=True)
    j = 0
    powered = 0
    for need in needs:  # farthest device first; skip it if even the longest cable is short
        if j < m and lengths[j] >= need:
            powered += 1
            j += 1
    print(powered)


main()
