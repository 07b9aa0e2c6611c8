import sys


def main() -> None:
    data = sys.stdin.buffer.read().split()
    n, limit = int(data[0]), int(data[1])
    sizes = list(map(int, data[2:2 + n]))

    def requests(chunk: int) -> int:
        return sum(max(1, s // chunk) for s in sizes)  # the partial last chunk is not counted

    lo, hi = 1, max(sizes)
    while lo < hi:
        mid = (lo + hi) // 2
        if requests(mid) <= limit:
            hi = mid
        else:
            lo = mid + 1
    print(lo)


main()
