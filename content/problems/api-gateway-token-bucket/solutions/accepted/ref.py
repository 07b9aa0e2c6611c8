# Complexity: O(1) time per call: the refill is computed lazily from the time since the last
# update; O(1) memory (two numbers and the settings).
class TokenBucket:
    """Token bucket kept in milli-tokens so that every refill is exact integer arithmetic."""

    def __init__(self, capacity: int, refill_per_sec: int) -> None:
        self.cap_milli = capacity * 1000
        self.rate = refill_per_sec  # tokens per second == milli-tokens per millisecond
        self.milli = self.cap_milli  # full at time 0
        self.last = 0

    def _refill(self, now_ms: int) -> None:
        if now_ms > self.last:
            self.milli = min(self.cap_milli, self.milli + (now_ms - self.last) * self.rate)
            self.last = now_ms

    def allow(self, now_ms: int, cost: int) -> bool:
        self._refill(now_ms)
        need = cost * 1000
        if self.milli >= need:
            self.milli -= need
            return True
        return False

    def available(self, now_ms: int) -> int:
        self._refill(now_ms)
        return self.milli // 1000
