import sys


def main() -> None:
    data = sys.stdin.buffer.read().split()
    n, k = int(data[0]), int(data[1])
    a = list(map(int, data[2:2 + n]))

    def reachable(x: int) -> bool:
        prefix = [0]
        for v in a:
            prefix.append(prefix[-1] + v - x)
        lowest = prefix[0]
        for r in range(k, n + 1):
            lowest = min(lowest, prefix[r - k])
            if prefix[r] - lowest >= 0:
                return True
        return False

    lo, hi = min(a), max(a)  # integers only: the answer gets rounded down
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if reachable(mid):
            lo = mid
        else:
            hi = mid - 1
    print(lo)


main()
