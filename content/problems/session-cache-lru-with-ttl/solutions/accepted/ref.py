# Complexity: O(log p) amortised time per call, p the number of puts: each heap entry is pushed
# once and popped at most once, OrderedDict operations are O(1); O(p) memory for the expiry
# heap (stale entries included), O(capacity) for the map.
import heapq
from collections import OrderedDict
from typing import Optional


class ExpiringLRUCache:
    """OrderedDict for recency (front = least recent) plus a min-heap of expiry times."""

    def __init__(self, capacity: int) -> None:
        self.capacity = capacity
        self.data: OrderedDict[str, tuple[int, int]] = OrderedDict()  # key -> (value, expires_at)
        self.expiries: list[tuple[int, str]] = []

    def _purge(self, now_ms: int) -> None:
        heap = self.expiries
        while heap and heap[0][0] <= now_ms:
            expires_at, key = heapq.heappop(heap)
            entry = self.data.get(key)
            if entry is not None and entry[1] == expires_at:  # skip stale heap entries
                del self.data[key]

    def put(self, key: str, value: int, ttl_ms: int, now_ms: int) -> None:
        self._purge(now_ms)
        if key in self.data:
            self.data.move_to_end(key)
        elif len(self.data) == self.capacity:
            self.data.popitem(last=False)
        expires_at = now_ms + ttl_ms
        self.data[key] = (value, expires_at)
        heapq.heappush(self.expiries, (expires_at, key))

    def get(self, key: str, now_ms: int) -> Optional[int]:
        self._purge(now_ms)
        entry = self.data.get(key)
        if entry is None:
            return None
        self.data.move_to_end(key)
        return entry[0]

    def size(self, now_ms: int) -> int:
        self._purge(now_ms)
        return len(self.data)
