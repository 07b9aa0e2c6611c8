from collections import deque


class SlidingLogLimiter:
    """Records rejected attempts too, so a client that keeps retrying is locked out for good."""

    def __init__(self, limit: int, window_ms: int) -> None:
        self.limit = limit
        self.window = window_ms
        self.logs: dict[str, deque[int]] = {}

    def _live(self, client: str, now_ms: int) -> deque[int]:
        log = self.logs.setdefault(client, deque())
        while log and log[0] <= now_ms - self.window:
            log.popleft()
        return log

    def allow(self, client: str, now_ms: int) -> bool:
        log = self._live(client, now_ms)
        log.append(now_ms)
        return len(log) <= self.limit

    def remaining(self, client: str, now_ms: int) -> int:
        return max(0, self.limit - len(self._live(client, now_ms)))
