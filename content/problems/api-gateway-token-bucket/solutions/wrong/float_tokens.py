class TokenBucket:
    """Float tokens: 0.1 added ten times is 0.9999999999999999, not 1."""

    def __init__(self, capacity: int, refill_per_sec: int) -> None:
        self.capacity = float(capacity)
        self.rate = refill_per_sec / 1000.0
        self.tokens = float(capacity)
        self.last = 0

    def _refill(self, now_ms: int) -> None:
        self.tokens = min(self.capacity, self.tokens + (now_ms - self.last) * self.rate)
        self.last = now_ms

    def allow(self, now_ms: int, cost: int) -> bool:
        self._refill(now_ms)
        if self.tokens >= cost:
            self.tokens -= cost
            return True
        return False

    def available(self, now_ms: int) -> int:
        self._refill(now_ms)
        return int(self.tokens)
