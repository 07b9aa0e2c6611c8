# Complexity: O(n log n + m log m) time: sort both lists, then one greedy two-pointer walk in
# O(n + m); O(n + m) memory.
import sys


def main() -> None:
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    needs = sorted(map(int, data[2:2 + n]))
    lengths = sorted(map(int, data[2 + n:2 + n + m]))
    powered = 0
    for cable in lengths:
        if powered < n and cable >= needs[powered]:
            powered += 1
    print(powered)


main()
