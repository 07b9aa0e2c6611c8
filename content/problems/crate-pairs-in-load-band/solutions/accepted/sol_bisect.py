# Complexity: O(n log n) time: sort, then two bisections per crate for the range of partners to
# its right; O(n) memory for the sorted copy.
from bisect import bisect_left, bisect_right


class Solution:
    def count_pairs_in_band(self, weights: list[int], lo: int, hi: int) -> int:
        # For each crate, count partners to its right in the sorted order within [lo-w, hi-w].
        w = sorted(weights)
        n = len(w)
        total = 0
        for i, x in enumerate(w):
            a = bisect_left(w, lo - x, i + 1, n)
            b = bisect_right(w, hi - x, i + 1, n)
            total += b - a
        return total
