# Complexity: O(n) time, n = len(sales): periods with exactly k products = at most k minus at
# most k - 1, two sliding-window passes; O(k) memory for the counts.
class Solution:
    def count_periods(self, sales: list[int], k: int) -> int:
        def at_most(limit: int) -> int:
            if limit <= 0:
                return 0
            count: dict[int, int] = {}
            left = 0
            total = 0
            for right, product in enumerate(sales):
                count[product] = count.get(product, 0) + 1
                while len(count) > limit:
                    old = sales[left]
                    count[old] -= 1
                    if count[old] == 0:
                        del count[old]
                    left += 1
                total += right - left + 1
            return total

        return at_most(k) - at_most(k - 1)
