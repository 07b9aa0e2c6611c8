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
