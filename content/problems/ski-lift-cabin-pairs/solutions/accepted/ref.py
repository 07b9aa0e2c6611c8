# Complexity: O(n log n) time for the sort, O(n) memory; the two pointers then pair the
# skiers in one O(n) pass.
import sys


def main() -> None:
    data = sys.stdin.buffer.read().split()
    n, cap = int(data[0]), int(data[1])
    w = sorted(map(int, data[2:2 + n]))
    i, j = 0, n - 1
    cabins = 0
    while i <= j:
        if w[i] + w[j] <= cap:
            i += 1  # the lightest skier rides with the heaviest
        j -= 1
        cabins += 1
    print(cabins)


main()
