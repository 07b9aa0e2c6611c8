# Complexity: O(2^n * n) time in the worst case, n = len(prices): a backtracking over subsets of
# the sorted prices, cut as soon as a price exceeds what is left, each box copied in O(n);
# O(n) recursion depth besides the output.
class Solution:
    def exact_picks(self, prices: list[int], budget: int) -> list[list[int]]:
        items = sorted(prices)
        result: list[list[int]] = []
        box: list[int] = []

        def search(start: int, remaining: int) -> None:
            if remaining == 0:
                result.append(box[:])
                return
            for j in range(start, len(items)):
                if items[j] > remaining:
                    break  # sorted: every later price is too large as well
                box.append(items[j])
                search(j + 1, remaining - items[j])
                box.pop()

        search(0, budget)
        return result
