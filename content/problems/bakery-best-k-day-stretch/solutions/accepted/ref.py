# A sliding window: add the day that enters, subtract the one that leaves.
# Complexity: O(n) time, O(n) memory for the input (the window sum is O(1) extra).
import sys


def main() -> None:
    data = sys.stdin.buffer.read().split()
    n, k = int(data[0]), int(data[1])
    p = list(map(int, data[2:2 + n]))
    total = sum(p[:k])
    best, best_start = total, 0
    for i in range(k, n):
        total += p[i] - p[i - k]
        if total > best:
            best, best_start = total, i - k + 1
    print(best)
    print(best_start + 1)


main()
