class TokenBucket:
    """Exact arithmetic, but forgets that the bucket cannot hold more than its capacity."""

    def __init__(self, capacity: int, refill_per_sec: int) -> None:
        self.rate = refill_per_sec
        self.milli = capacity * 1000
        self.last = 0

    def _refill(self, now_ms: int) -> None:
        self.milli += (now_ms - self.last) * self.rate
        self.last = now_ms

    def allow(self, now_ms: int, cost: int) -> bool:
        self._refill(now_ms)
        if self.milli >= cost * 1000:
            self.milli -= cost * 1000
            return True
        return False

    def available(self, now_ms: int) -> int:
        self._refill(now_ms)
        return self.milli // 1000
