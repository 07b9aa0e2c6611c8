# Complexity: O(1) average time per operation: OrderedDict gives hash lookup, move_to_end and
# popitem in O(1); O(capacity) memory.
from collections import OrderedDict


class EdgeCache:
    def __init__(self, capacity: int) -> None:
        self._cap = capacity
        self._pages: OrderedDict[int, int] = OrderedDict()

    def get(self, key: int) -> int:
        if key not in self._pages:
            return -1
        self._pages.move_to_end(key)
        return self._pages[key]

    def put(self, key: int, value: int) -> None:
        if key in self._pages:
            self._pages.move_to_end(key)
        self._pages[key] = value
        if len(self._pages) > self._cap:
            self._pages.popitem(last=False)
