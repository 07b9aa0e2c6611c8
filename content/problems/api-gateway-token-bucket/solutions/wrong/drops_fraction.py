class TokenBucket:
    """Adds only whole tokens but moves the clock anyway: partial progress is lost."""

    def __init__(self, capacity: int, refill_per_sec: int) -> None:
        self.capacity = capacity
        self.rate = refill_per_sec
        self.tokens = capacity
        self.last = 0

    def _refill(self, now_ms: int) -> None:
        gained = (now_ms - self.last) * self.rate // 1000
        self.tokens = min(self.capacity, self.tokens + gained)
        self.last = now_ms

    def allow(self, now_ms: int, cost: int) -> bool:
        self._refill(now_ms)
        if self.tokens >= cost:
            self.tokens -= cost
            return True
        return False

    def available(self, now_ms: int) -> int:
        self._refill(now_ms)
        return self.tokens
