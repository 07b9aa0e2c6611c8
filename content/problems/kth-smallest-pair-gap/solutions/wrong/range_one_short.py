# Bug: the search range stops one short of the largest gap.
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

        lo, hi = 0, r[-1] - r[0] - 1  # Bug: the largest gap is excluded from the range
        while lo < hi:
            mid = (lo + hi) // 2
            if count_at_most(mid) >= k:
                hi = mid
            else:
                lo = mid + 1
        return lo
