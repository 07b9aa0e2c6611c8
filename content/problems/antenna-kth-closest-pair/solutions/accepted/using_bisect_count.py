# Complexity: O(n log n log R) time: every step of the binary search on the gap counts pairs
# with n bisections; O(n) memory.
from bisect import bisect_right


class Solution:
    def kth_gap(self, positions: list[int], k: int) -> int:
        a = sorted(positions)
        n = len(a)

        def pairs_within(d: int) -> int:
            return sum(bisect_right(a, a[i] + d, i + 1) - i - 1 for i in range(n))

        lo, hi = 0, a[-1] - a[0]
        while lo < hi:
            mid = (lo + hi) // 2
            if pairs_within(mid) >= k:
                hi = mid
            else:
                lo = mid + 1
        return lo
