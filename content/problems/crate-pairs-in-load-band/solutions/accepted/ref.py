# Complexity: O(n log n) time: sort, then two two-pointer sweeps in O(n) counting pairs with sum
# at most hi and at most lo - 1; O(n) memory for the sorted copy.
class Solution:
    def count_pairs_in_band(self, weights: list[int], lo: int, hi: int) -> int:
        w = sorted(weights)

        def pairs_at_most(limit: int) -> int:
            left, right, count = 0, len(w) - 1, 0
            while left < right:
                if w[left] + w[right] <= limit:
                    count += right - left
                    left += 1
                else:
                    right -= 1
            return count

        return pairs_at_most(hi) - pairs_at_most(lo - 1)
