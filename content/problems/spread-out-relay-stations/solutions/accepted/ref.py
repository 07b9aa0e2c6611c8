# Complexity: O(n log n + n log R) time, R the span of the marks: sort, then a binary search on
# the distance whose every step places stations greedily in O(n); O(n) memory.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, k = int(data[0]), int(data[1])
    marks = sorted(map(int, data[2:2 + n]))

    def feasible(d: int) -> bool:
        count, last = 1, marks[0]
        for x in marks:
            if x - last >= d:
                count += 1
                last = x
                if count >= k:
                    return True
        return count >= k

    lo, hi = 0, (marks[-1] - marks[0]) // (k - 1)
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if feasible(mid):
            lo = mid
        else:
            hi = mid - 1
    print(lo)


main()
