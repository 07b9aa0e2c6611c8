from collections import OrderedDict


class EdgeCache:
    def __init__(self, capacity: int) -> None:
        self._cap = capacity
        self._pages: OrderedDict[int, int] = OrderedDict()

    def get(self, key: int) -> int:
        # Wrong: a read does not mark the key as recently used.
        return self._pages.get(key, -1)

    def put(self, key: int, value: int) -> None:
        if key in self._pages:
            self._pages.move_to_end(key)
        self._pages[key] = value
        if len(self._pages) > self._cap:
            self._pages.popitem(last=False)
