class SlidingLogLimiter:
    """Counts the window by scanning the client's whole history on every call."""

    def __init__(self, limit: int, window_ms: int) -> None:
        self.limit = limit
        self.window = window_ms
        self.history: dict[str, list[int]] = {}

    def _count(self, client: str, now_ms: int) -> int:
        return sum(1 for t in self.history.get(client, []) if t > now_ms - self.window)

    def allow(self, client: str, now_ms: int) -> bool:
        if self._count(client, now_ms) < self.limit:
            self.history.setdefault(client, []).append(now_ms)
            return True
        return False

    def remaining(self, client: str, now_ms: int) -> int:
        return self.limit - self._count(client, now_ms)
