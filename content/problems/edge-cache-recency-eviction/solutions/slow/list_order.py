class EdgeCache:
    # Correct but the recency list is a Python list: remove() is O(capacity).
    def __init__(self, capacity: int) -> None:
        self._cap = capacity
        self._values: dict[int, int] = {}
        self._order: list[int] = []  # least recent first

    def get(self, key: int) -> int:
        if key not in self._values:
            return -1
        self._order.remove(key)
        self._order.append(key)
        return self._values[key]

    def put(self, key: int, value: int) -> None:
        if key in self._values:
            self._order.remove(key)
        elif len(self._values) == self._cap:
            old = self._order.pop(0)
            del self._values[old]
        self._values[key] = value
        self._order.append(key)
