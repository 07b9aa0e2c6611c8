from bisect import bisect_left, bisect_right


class Solution:
    def count_pairs_in_band(self, weights: list[int], lo: int, hi: int) -> int:
        # Wrong: the partner search starts at i instead of i + 1, so a crate may pair with itself.
        w = sorted(weights)
        n = len(w)
        total = 0
        for i, x in enumerate(w):
            a = bisect_left(w, lo - x, i, n)
            b = bisect_right(w, hi - x, i, n)
            total += b - a
        return total
