# Complexity: O(1) time per operation: a second stack of minima (pushed on <=, popped on
# equality); O(n) memory for n stored quotes.
class QuoteStack:
    def __init__(self) -> None:
        self._items: list[int] = []
        self._mins: list[int] = []

    def push(self, price: int) -> None:
        self._items.append(price)
        if not self._mins or price <= self._mins[-1]:
            self._mins.append(price)

    def pop(self) -> int:
        price = self._items.pop()
        if price == self._mins[-1]:
            self._mins.pop()
        return price

    def top(self) -> int:
        return self._items[-1]

    def lowest(self) -> int:
        return self._mins[-1]
