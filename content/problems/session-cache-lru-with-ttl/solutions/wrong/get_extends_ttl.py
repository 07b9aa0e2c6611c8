import heapq
from collections import OrderedDict
from typing import Optional


class ExpiringLRUCache:
    """Sliding expiration: every hit restarts the entry's time to live."""

    def __init__(self, capacity: int) -> None:
        self.capacity = capacity
        self.data: OrderedDict[str, tuple[int, int, int]] = OrderedDict()  # value, expires, ttl
        self.expiries: list[tuple[int, str]] = []

    def _purge(self, now_ms: int) -> None:
        heap = self.expiries
        while heap and heap[0][0] <= now_ms:
            expires_at, key = heapq.heappop(heap)
            entry = self.data.get(key)
            if entry is not None and entry[1] == expires_at:
                del self.data[key]

    def put(self, key: str, value: int, ttl_ms: int, now_ms: int) -> None:
        self._purge(now_ms)
        if key in self.data:
            self.data.move_to_end(key)
        elif len(self.data) == self.capacity:
            self.data.popitem(last=False)
        self.data[key] = (value, now_ms + ttl_ms, ttl_ms)
        heapq.heappush(self.expiries, (now_ms + ttl_ms, key))

    def get(self, key: str, now_ms: int) -> Optional[int]:
        self._purge(now_ms)
        entry = self.data.get(key)
        if entry is None:
            return None
        value, _, ttl = entry
        self.data[key] = (value, now_ms + ttl, ttl)
        heapq.heappush(self.expiries, (now_ms + ttl, key))
        self.data.move_to_end(key)
        return value

    def size(self, now_ms: int) -> int:
        self._purge(now_ms)
        return len(self.data)
