# Complexity: O(n) time, n = len(sales): one sliding window that also tracks how far its left end
# can move without losing a product; O(k) memory for the counts.
class Solution:
    def count_periods(self, sales: list[int], k: int) -> int:
        count: dict[int, int] = {}
        left = prefix = total = 0
        for product in sales:
            count[product] = count.get(product, 0) + 1
            if len(count) > k:
                old = sales[left]
                count[old] -= 1
                if count[old] == 0:
                    del count[old]
                left += 1
                prefix = 0
            while count[sales[left]] > 1:
                count[sales[left]] -= 1
                left += 1
                prefix += 1
            if len(count) == k:
                total += prefix + 1
        return total
