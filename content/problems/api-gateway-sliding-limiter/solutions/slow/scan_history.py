class SlidingRateLimiter:
    def __init__(self, limit: int, window: int) -> None:
        self.limit = limit
        self.window = window
        self.history: list[int] = []  # never trimmed

    def count(self, timestamp: int) -> int:
        start = timestamp - self.window
        return sum(1 for s in self.history if s > start)

    def allow(self, timestamp: int) -> bool:
        if self.count(timestamp) < self.limit:
            self.history.append(timestamp)
            return True
        return False
