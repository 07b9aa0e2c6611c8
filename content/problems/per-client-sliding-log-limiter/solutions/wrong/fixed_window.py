class SlidingLogLimiter:
    """A fixed-window counter: resets at multiples of window_ms, allowing double bursts."""

    def __init__(self, limit: int, window_ms: int) -> None:
        self.limit = limit
        self.window = window_ms
        self.counts: dict[str, tuple[int, int]] = {}

    def _count(self, client: str, now_ms: int) -> int:
        bucket, count = self.counts.get(client, (-1, 0))
        return count if bucket == now_ms // self.window else 0

    def allow(self, client: str, now_ms: int) -> bool:
        count = self._count(client, now_ms)
        if count < self.limit:
            self.counts[client] = (now_ms // self.window, count + 1)
            return True
        return False

    def remaining(self, client: str, now_ms: int) -> int:
        return self.limit - self._count(client, now_ms)
