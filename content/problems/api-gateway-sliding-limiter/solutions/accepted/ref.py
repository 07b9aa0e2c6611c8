# Complexity: O(1) amortised time per call: each accepted timestamp is appended once and popped
# at most once; O(limit) memory, the queue never holds more than limit entries.
from collections import deque


class SlidingRateLimiter:
    def __init__(self, limit: int, window: int) -> None:
        self.limit = limit
        self.window = window
        self.accepted: deque[int] = deque()

    def _expire(self, timestamp: int) -> None:
        oldest_allowed = timestamp - self.window  # times <= this are outside the window
        while self.accepted and self.accepted[0] <= oldest_allowed:
            self.accepted.popleft()

    def allow(self, timestamp: int) -> bool:
        self._expire(timestamp)
        if len(self.accepted) < self.limit:
            self.accepted.append(timestamp)
            return True
        return False

    def count(self, timestamp: int) -> int:
        self._expire(timestamp)
        return len(self.accepted)
