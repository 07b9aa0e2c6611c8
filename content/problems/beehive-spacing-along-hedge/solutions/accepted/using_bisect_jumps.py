# Complexity: O(n log n + k log n log R) time, R the span of the spots: sort, then a binary search
# on the spacing whose every check makes k - 1 bisection jumps; O(n) memory for the sorted copy.
from bisect import bisect_left


class Solution:
    def widest_spacing(self, spots: list[int], k: int) -> int:
        a = sorted(spots)
        n = len(a)

        def fits(d: int) -> bool:
            i = 0
            for _ in range(k - 1):  # jump straight to the next spot at least d further
                i = bisect_left(a, a[i] + d, i + 1)
                if i == n:
                    return False
            return True

        lo, hi = 1, a[-1] - a[0]
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if fits(mid):
                lo = mid
            else:
                hi = mid - 1
        return lo
