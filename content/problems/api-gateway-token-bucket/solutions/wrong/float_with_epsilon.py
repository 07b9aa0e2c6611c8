# Wrong: float tokens with a 1e-9 tolerance; near 10^9 tokens the rounding error of summed
# refills is about 10^-5, far above the tolerance, so a full bucket reads as 999999999.
class TokenBucket:
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
        if self.tokens + 1e-9 >= cost:
            self.tokens -= cost
            return True
        return False

    def available(self, now_ms: int) -> int:
        self._refill(now_ms)
        return int(self.tokens + 1e-9)
