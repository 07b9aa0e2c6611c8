from typing import Optional


class ExpiringLRUCache:
    """Plain dict in insertion order; drops expired keys by scanning everything on each call."""

    def __init__(self, capacity: int) -> None:
        self.capacity = capacity
        self.data: dict[str, tuple[int, int]] = {}

    def _purge(self, now_ms: int) -> None:
        dead = [k for k, (_, exp) in self.data.items() if exp <= now_ms]
        for k in dead:
            del self.data[k]

    def put(self, key: str, value: int, ttl_ms: int, now_ms: int) -> None:
        self._purge(now_ms)
        if key in self.data:
            del self.data[key]
        elif len(self.data) == self.capacity:
            del self.data[next(iter(self.data))]
        self.data[key] = (value, now_ms + ttl_ms)

    def get(self, key: str, now_ms: int) -> Optional[int]:
        self._purge(now_ms)
        if key not in self.data:
            return None
        entry = self.data.pop(key)
        self.data[key] = entry
        return entry[0]

    def size(self, now_ms: int) -> int:
        self._purge(now_ms)
        return len(self.data)
