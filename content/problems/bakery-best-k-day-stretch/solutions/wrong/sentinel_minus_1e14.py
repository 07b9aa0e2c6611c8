# Wrong: starts the best total at a "-infinity" of -10^14 (10^9 * 10^5), but k = n = 2 * 10^5
# days of -10^9 total -2 * 10^14, below the sentinel, so no run ever beats it.
import sys


def main() -> None:
    data = sys.stdin.buffer.read().split()
    n, k = int(data[0]), int(data[1])
    p = list(map(int, data[2:2 + n]))
    best, best_start = -(10**14), 0
    total = 0
    for i in range(n):
        total += p[i]
        if i >= k:
            total -= p[i - k]
        if i >= k - 1 and total > best:
            best, best_start = total, i - k + 1
    print(best)
    print(best_start + 1)


main()
