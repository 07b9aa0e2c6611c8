# Complexity: O(n log n log R) time, R = max - min of the readings: every step of the binary
# search on the gap counts pairs with n bisections; O(n) memory for the sorted copy.
from bisect import bisect_left


class Solution:
    def kth_gap(self, readings, k):
        r = sorted(readings)
        n = len(r)

        def count_at_most(d):
            # for each j: readings before j that are >= r[j] - d
            return sum(j - bisect_left(r, r[j] - d, 0, j) for j in range(n))

        lo, hi = 0, r[-1] - r[0]
        while lo < hi:
            mid = (lo + hi) // 2
            if count_at_most(mid) >= k:
                hi = mid
            else:
                lo = mid + 1
        return lo
