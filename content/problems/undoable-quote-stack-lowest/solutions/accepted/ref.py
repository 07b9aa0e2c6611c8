# Complexity: O(1) time per operation: each entry stores its price with the lowest price up to
# it; O(n) memory for n stored quotes.
class QuoteStack:
    def __init__(self) -> None:
        self._items: list[tuple[int, int]] = []  # (price, lowest price up to here)

    def push(self, price: int) -> None:
        low = min(price, self._items[-1][1]) if self._items else price
        self._items.append((price, low))

    def pop(self) -> int:
        return self._items.pop()[0]

    def top(self) -> int:
        return self._items[-1][0]

    def lowest(self) -> int:
        return self._items[-1][1]
