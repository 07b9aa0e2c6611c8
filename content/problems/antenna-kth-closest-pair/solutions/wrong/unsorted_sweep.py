class Solution:
    def kth_gap(self, positions: list[int], k: int) -> int:
        a = positions  # the sweep assumes sorted input, but nobody sorted it
        n = len(a)

        def pairs_within(d: int) -> int:
            count = 0
            i = 0
            for j in range(n):
                while i < j and a[j] - a[i] > d:
                    i += 1
                count += j - i
            return count

        lo, hi = 0, max(a) - min(a)
        while lo < hi:
            mid = (lo + hi) // 2
            if pairs_within(mid) >= k:
                hi = mid
            else:
                lo = mid + 1
        return lo
