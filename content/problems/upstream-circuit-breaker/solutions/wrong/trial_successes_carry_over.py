class CircuitBreaker:
    """Keeps the half-open success count across a reopen, so the next probe closes too early."""

    def __init__(self, failure_threshold: int, cooldown_ms: int, success_threshold: int) -> None:
        self.ft, self.cd, self.st = failure_threshold, cooldown_ms, success_threshold
        self.s, self.fails, self.oks, self.opened = "closed", 0, 0, 0

    def _tick(self, now: int) -> None:
        if self.s == "open" and now >= self.opened + self.cd:
            self.s = "half_open"

    def call(self, now_ms: int, ok: bool) -> list:
        self._tick(now_ms)
        if self.s == "open":
            return [False, "open"]
        if self.s == "closed":
            self.fails = 0 if ok else self.fails + 1
            if self.fails >= self.ft:
                self.s, self.opened, self.fails = "open", now_ms, 0
        elif ok:
            self.oks += 1
            if self.oks >= self.st:
                self.s, self.fails, self.oks = "closed", 0, 0
        else:
            self.s, self.opened = "open", now_ms
        return [True, self.s]

    def state(self, now_ms: int) -> str:
        self._tick(now_ms)
        return self.s
