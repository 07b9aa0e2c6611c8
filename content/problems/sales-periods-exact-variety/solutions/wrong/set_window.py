class Solution:
    def count_periods(self, sales: list[int], k: int) -> int:
        def at_most(limit: int) -> int:
            # Wrong: a set cannot tell that sales[left] may still occur inside the window.
            window: set[int] = set()
            left = total = 0
            for right, product in enumerate(sales):
                window.add(product)
                while len(window) > limit:
                    window.discard(sales[left])
                    left += 1
                total += right - left + 1
            return total

        return at_most(k) - at_most(k - 1)
