class Solution:
    def count_periods(self, sales: list[int], k: int) -> int:
        # Correct but O(n^2) when k is large: grow a set from every start.
        n = len(sales)
        total = 0
        for i in range(n):
            seen = set()
            for j in range(i, n):
                seen.add(sales[j])
                if len(seen) > k:
                    break
                if len(seen) == k:
                    total += 1
        return total
