from bisect import bisect_left, insort


class Solution:
    def max_earnings(self, gigs: list[list[int]]) -> int:
        taken: list[tuple[int, int]] = []  # sorted, non-overlapping (start, end)
        total = 0
        for start, end, pay in sorted(gigs, key=lambda g: -g[2]):  # best-paid first
            k = bisect_left(taken, (start, end))
            if k > 0 and taken[k - 1][1] > start:
                continue
            if k < len(taken) and taken[k][0] < end:
                continue
            insort(taken, (start, end))
            total += pay
        return total
