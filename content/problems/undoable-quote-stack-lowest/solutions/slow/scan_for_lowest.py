class QuoteStack:
    # Correct but lowest() is O(n).
    def __init__(self) -> None:
        self._items: list[int] = []

    def push(self, price: int) -> None:
        self._items.append(price)

    def pop(self) -> int:
        return self._items.pop()

    def top(self) -> int:
        return self._items[-1]

    def lowest(self) -> int:
        return min(self._items)
