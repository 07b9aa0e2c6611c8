class Solution:
    def count_pairs_in_band(self, weights: list[int], lo: int, hi: int) -> int:
        # Correct but O(n^2).
        n = len(weights)
        total = 0
        for i in range(n):
            wi = weights[i]
            for j in range(i + 1, n):
                if lo <= wi + weights[j] <= hi:
                    total += 1
        return total
