# Complexity: O(log c) time per call, c the number of calls so far: one bisection in the log;
# O(c) memory, since the whole log of accepted timestamps is kept (nothing is ever dropped).
from bisect import bisect_right


class SlidingRateLimiter:
    """Keeps the full log of accepted times; binary search finds where the window starts."""

    def __init__(self, limit: int, window: int) -> None:
        self.limit = limit
        self.window = window
        self.log: list[int] = []

    def count(self, timestamp: int) -> int:
        return len(self.log) - bisect_right(self.log, timestamp - self.window)

    def allow(self, timestamp: int) -> bool:
        if self.count(timestamp) < self.limit:
            self.log.append(timestamp)
            return True
        return False
