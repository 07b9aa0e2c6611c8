# Complexity: O(1) amortised time per call: each timestamp is appended once and popped at most
# once from its client's deque; O(min(limit, accepted requests)) memory per client.
from collections import deque


class SlidingLogLimiter:
    def __init__(self, limit: int, window_ms: int) -> None:
        self.limit = limit
        self.window = window_ms
        self.logs: dict[str, deque[int]] = {}

    def _live(self, client: str, now_ms: int) -> deque[int]:
        log = self.logs.setdefault(client, deque())
        cutoff = now_ms - self.window  # timestamps <= cutoff have left the window
        while log and log[0] <= cutoff:
            log.popleft()
        return log

    def allow(self, client: str, now_ms: int) -> bool:
        log = self._live(client, now_ms)
        if len(log) < self.limit:
            log.append(now_ms)
            return True
        return False

    def remaining(self, client: str, now_ms: int) -> int:
        return self.limit - len(self._live(client, now_ms))
