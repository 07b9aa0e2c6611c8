class Solution:
    def max_earnings(self, gigs: list[list[int]]) -> int:
        order = sorted(gigs, key=lambda g: g[1])
        n = len(order)
        best = [0] * (n + 1)
        for i in range(1, n + 1):
            start, _, pay = order[i - 1]
            j = i - 1
            while j > 0 and order[j - 1][1] > start:  # walk back to the last compatible gig
                j -= 1
            best[i] = max(best[i - 1], pay + best[j])
        return best[n]
