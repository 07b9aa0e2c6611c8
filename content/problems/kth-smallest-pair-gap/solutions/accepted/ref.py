# Complexity: O(n log n + n log R) time, R = max - min of the readings: sort, then a binary search
# on the gap whose every step counts pairs with two pointers in O(n); O(n) memory.
class Solution:
    def kth_gap(self, readings: list[int], k: int) -> int:
        r = sorted(readings)
        n = len(r)

        def count_at_most(d: int) -> int:
            total = left = 0
            for j in range(n):
                rj = r[j]
                while rj - r[left] > d:
                    left += 1
                total += j - left
            return total

        lo, hi = 0, r[-1] - r[0]
        while lo < hi:
            mid = (lo + hi) // 2
            if count_at_most(mid) >= k:
                hi = mid
            else:
                lo = mid + 1
        return lo
