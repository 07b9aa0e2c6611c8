# Complexity: O(n log n) time, n = len(gigs): sort by end, then one bisection per gig for the
# last compatible one; O(n) memory for the table.
from bisect import bisect_right


class Solution:
    def max_earnings(self, gigs: list[list[int]]) -> int:
        order = sorted(gigs, key=lambda g: g[1])
        ends = [g[1] for g in order]
        best = [0] * (len(order) + 1)
        for i, (start, _, pay) in enumerate(order, 1):
            j = bisect_right(ends, start, 0, i - 1)  # gigs finished by `start`
            best[i] = max(best[i - 1], pay + best[j])
        return best[-1]
