# Complexity: O(n log(max s)) time: a binary search on the chunk size over [1, max s], each step
# counting the requests of all n files in O(n); O(n) memory for the sizes.
import sys


def main() -> None:
    data = sys.stdin.buffer.read().split()
    n, limit = int(data[0]), int(data[1])
    sizes = list(map(int, data[2:2 + n]))

    def requests(chunk: int) -> int:
        return sum((s + chunk - 1) // chunk for s in sizes)

    lo, hi = 1, max(sizes)
    while lo < hi:
        mid = (lo + hi) // 2
        if requests(mid) <= limit:
            hi = mid
        else:
            lo = mid + 1
    print(lo)


main()
