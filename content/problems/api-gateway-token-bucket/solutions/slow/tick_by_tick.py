class TokenBucket:
    """Replays every millisecond since the last call: correct, but linear in elapsed time."""

    def __init__(self, capacity: int, refill_per_sec: int) -> None:
        self.cap_milli = capacity * 1000
        self.rate = refill_per_sec
        self.milli = self.cap_milli
        self.last = 0

    def _refill(self, now_ms: int) -> None:
        while self.last < now_ms:
            self.last += 1
            if self.milli < self.cap_milli:
                self.milli = min(self.cap_milli, self.milli + self.rate)

    def allow(self, now_ms: int, cost: int) -> bool:
        self._refill(now_ms)
        if self.milli >= cost * 1000:
            self.milli -= cost * 1000
            return True
        return False

    def available(self, now_ms: int) -> int:
        self._refill(now_ms)
        return self.milli // 1000
