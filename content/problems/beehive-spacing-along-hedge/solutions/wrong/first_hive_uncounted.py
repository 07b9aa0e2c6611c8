class Solution:
    def widest_spacing(self, spots: list[int], k: int) -> int:
        a = sorted(spots)

        def fits(d: int) -> bool:
            placed = 0  # the hive on the leftmost spot is never counted
            last = a[0]
            for x in a[1:]:
                if x - last >= d:
                    placed += 1
                    last = x
            return placed >= k

        lo, hi = 1, (a[-1] - a[0]) // (k - 1)
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if fits(mid):
                lo = mid
            else:
                hi = mid - 1
        return lo
