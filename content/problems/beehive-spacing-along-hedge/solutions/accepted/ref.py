# Complexity: O(n log n + n log R) time, R the span of the spots: sort, then a binary search on
# the spacing whose every step places hives greedily in O(n); O(n) memory for the sorted copy.
class Solution:
    def widest_spacing(self, spots: list[int], k: int) -> int:
        a = sorted(spots)

        def fits(d: int) -> bool:
            placed = 1
            last = a[0]
            for x in a:
                if x - last >= d:
                    placed += 1
                    last = x
                    if placed == k:
                        return True
            return False

        lo, hi = 1, (a[-1] - a[0]) // (k - 1)
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if fits(mid):
                lo = mid
            else:
                hi = mid - 1
        return lo
