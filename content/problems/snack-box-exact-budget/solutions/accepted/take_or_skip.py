# Complexity: O(2^n * n) time in the worst case, n = len(prices): a take-or-skip recursion over
# the prices, cut when the budget is spent or exceeded, each box copied in O(n);
# O(n) recursion depth besides the output.
class Solution:
    def exact_picks(self, prices: list[int], budget: int) -> list[list[int]]:
        result: list[list[int]] = []

        def decide(i: int, remaining: int, chosen: list[int]) -> None:
            if remaining == 0:
                result.append(list(chosen))
                return
            if i == len(prices) or remaining < 0:
                return
            chosen.append(prices[i])
            decide(i + 1, remaining - prices[i], chosen)
            chosen.pop()
            decide(i + 1, remaining, chosen)

        decide(0, budget, [])
        return result
