class Solution:
    def kth_gap(self, positions: list[int], k: int) -> int:
        a = sorted(positions)
        n = len(a)

        def pairs_within(d: int) -> int:
            count = 0
            i = 0
            for j in range(n):
                while a[j] - a[i] > d:
                    i += 1
                count += j - i
            return count

        lo, hi = 0, a[-1] - a[0] - 1  # the largest distance itself is never considered
        while lo < hi:
            mid = (lo + hi) // 2
            if pairs_within(mid) >= k:
                hi = mid
            else:
                lo = mid + 1
        return max(lo, 0)
