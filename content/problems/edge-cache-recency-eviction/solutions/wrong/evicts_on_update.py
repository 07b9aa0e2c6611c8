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
        # Wrong: makes room before checking whether the key is already cached.
        if len(self._pages) >= self._cap:
            self._pages.popitem(last=False)
        self._pages[key] = value
        self._pages.move_to_end(key)
