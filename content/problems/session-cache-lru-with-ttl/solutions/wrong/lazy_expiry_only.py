from collections import OrderedDict
from typing import Optional


class ExpiringLRUCache:
    """Checks expiry only for the key being read: a full cache evicts a live entry while dead
    ones still hold slots, and size() counts dead entries."""

    def __init__(self, capacity: int) -> None:
        self.capacity = capacity
        self.data: OrderedDict[str, tuple[int, int]] = OrderedDict()

    def put(self, key: str, value: int, ttl_ms: int, now_ms: int) -> None:
        if key in self.data:
            self.data.move_to_end(key)
        elif len(self.data) == self.capacity:
            self.data.popitem(last=False)
        self.data[key] = (value, now_ms + ttl_ms)

    def get(self, key: str, now_ms: int) -> Optional[int]:
        entry = self.data.get(key)
        if entry is None:
            return None
        if entry[1] <= now_ms:
            del self.data[key]
            return None
        self.data.move_to_end(key)
        return entry[0]

    def size(self, now_ms: int) -> int:
        return sum(1 for _, exp in self.data.values() if exp > now_ms)
