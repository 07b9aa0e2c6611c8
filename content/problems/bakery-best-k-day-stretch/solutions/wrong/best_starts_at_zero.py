import sys


def main() -> None:
    data = sys.stdin.buffer.read().split()
    n, k = int(data[0]), int(data[1])
    p = list(map(int, data[2:2 + n]))
    best, best_start = 0, 0  # assumes some run is profitable
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
