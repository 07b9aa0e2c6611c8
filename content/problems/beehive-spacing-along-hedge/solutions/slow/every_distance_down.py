class Solution:
    def widest_spacing(self, spots: list[int], k: int) -> int:
        a = sorted(spots)
        d = (a[-1] - a[0]) // (k - 1)
        while d > 1:
            placed, last = 1, a[0]
            for x in a:
                if x - last >= d:
                    placed += 1
                    last = x
            if placed >= k:
                return d
            d -= 1
        return 1
