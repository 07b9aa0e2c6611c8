import sys


def main() -> None:
    data = sys.stdin.buffer.read().split()
    n, k = int(data[0]), int(data[1])
    p = list(map(int, data[2:2 + n]))
    best, best_start = None, 0
    for start in range(n - k + 1):
        total = 0
        for j in range(start, start + k):
            total += p[j]
        if best is None or total > best:
            best, best_start = total, start
    print(best)
    print(best_start + 1)


main()
