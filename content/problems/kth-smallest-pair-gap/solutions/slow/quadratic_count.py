# Correct but O(n^2) per step: binary search on the answer, counting pairs with a double loop.
class Solution:
    def kth_gap(self, readings, k):
        n = len(readings)

        def count_at_most(d):
            total = 0
            for i in range(n):
                ri = readings[i]
                for j in range(i + 1, n):
                    if abs(ri - readings[j]) <= d:
                        total += 1
            return total

        lo, hi = 0, max(readings) - min(readings)
        while lo < hi:
            mid = (lo + hi) // 2
            if count_at_most(mid) >= k:
                hi = mid
            else:
                lo = mid + 1
        return lo
