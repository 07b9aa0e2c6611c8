from collections import deque


class SlidingRateLimiter:
    def __init__(self, limit: int, window: int) -> None:
        self.limit = limit
        self.window = window
        self.seen: deque[tuple[int, bool]] = deque()
        self.accepted_in_window = 0

    def _expire(self, timestamp: int) -> None:
        while self.seen and self.seen[0][0] <= timestamp - self.window:
            _, ok = self.seen.popleft()
            self.accepted_in_window -= ok

    def allow(self, timestamp: int) -> bool:
        self._expire(timestamp)
        ok = len(self.seen) < self.limit  # compares against every request, rejected ones too
        self.seen.append((timestamp, ok))
        self.accepted_in_window += ok
        return ok

    def count(self, timestamp: int) -> int:
        self._expire(timestamp)
        return self.accepted_in_window
