# Bug: never sorts the marks.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, k = int(data[0]), int(data[1])
    marks = list(map(int, data[2:2 + n]))  # Bug: assumes the marks are already sorted

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
