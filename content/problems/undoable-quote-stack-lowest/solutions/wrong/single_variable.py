class QuoteStack:
    def __init__(self) -> None:
        self._items: list[int] = []
        self._low: int | None = None

    def push(self, price: int) -> None:
        self._items.append(price)
        if self._low is None or price < self._low:
            self._low = price

    def pop(self) -> int:
        # Wrong: the remembered minimum is not restored when it leaves the stack.
        price = self._items.pop()
        if not self._items:
            self._low = None
        return price

    def top(self) -> int:
        return self._items[-1]

    def lowest(self) -> int:
        return self._low
