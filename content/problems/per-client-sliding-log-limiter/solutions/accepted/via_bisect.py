# Complexity: O(log a) time per call, a the requests accepted from that client so far: one
# bisection in its list; O(total accepted requests) memory, since nothing is ever dropped.
from bisect import bisect_right


class SlidingLogLimiter:
    """Keeps every accepted timestamp; a per-client start pointer found by binary search."""

    def __init__(self, limit: int, window_ms: int) -> None:
        self.limit = limit
        self.window = window_ms
        self.accepted: dict[str, list[int]] = {}

    def _count(self, client: str, now_ms: int) -> int:
        times = self.accepted.get(client, [])
        return len(times) - bisect_right(times, now_ms - self.window)

    def allow(self, client: str, now_ms: int) -> bool:
        if self._count(client, now_ms) < self.limit:
            self.accepted.setdefault(client, []).append(now_ms)
            return True
        return False

    def remaining(self, client: str, now_ms: int) -> int:
        return self.limit - self._count(client, now_ms)
