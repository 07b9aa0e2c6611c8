class SharedCounter:
    def __init__(self) -> None:
        self._value = 0

    def increment(self) -> int:
        # TODO: many threads call this at once; no increment may be lost.
        v = self._value
        self._value = v + 1
        return v + 1

    def add(self, n: int) -> int:
        # TODO: the same race as increment.
        self._value = self._value + n
        return self._value

    def value(self) -> int:
        return self._value

    def reset(self) -> None:
        self._value = 0
