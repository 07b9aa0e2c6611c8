# Complexity: O(n log n + n log R) time, R the span of the positions: sort, then a binary
# search on the gap whose every step counts pairs with two pointers in O(n); O(n) memory.
class Solution:
    def kth_gap(self, positions: list[int], k: int) -> int:
        a = sorted(positions)
        n = len(a)

        def pairs_within(d: int) -> int:
            count = 0
            i = 0
            for j in range(n):
                limit = a[j] - d
                while a[i] < limit:
                    i += 1
                count += j - i
            return count

        lo, hi = 0, a[-1] - a[0]
        while lo < hi:
            mid = (lo + hi) // 2
            if pairs_within(mid) >= k:
                hi = mid
            else:
                lo = mid + 1
        return lo
