# Complexity: O(1) time per call: a state machine with two counters and the time it opened;
# O(1) memory.
CLOSED, OPEN, HALF_OPEN = "closed", "open", "half_open"


class CircuitBreaker:
    def __init__(self, failure_threshold: int, cooldown_ms: int, success_threshold: int) -> None:
        self.failure_threshold = failure_threshold
        self.cooldown = cooldown_ms
        self.success_threshold = success_threshold
        self.current = CLOSED
        self.failures = 0  # consecutive failures while closed
        self.successes = 0  # consecutive successful trials while half-open
        self.opened_at = 0

    def _advance(self, now_ms: int) -> None:
        if self.current == OPEN and now_ms >= self.opened_at + self.cooldown:
            self.current = HALF_OPEN
            self.successes = 0

    def _trip(self, now_ms: int) -> None:
        self.current = OPEN
        self.opened_at = now_ms
        self.failures = 0
        self.successes = 0

    def call(self, now_ms: int, ok: bool) -> list:
        self._advance(now_ms)
        if self.current == OPEN:
            return [False, OPEN]  # rejected without touching the upstream
        if self.current == CLOSED:
            if ok:
                self.failures = 0
            else:
                self.failures += 1
                if self.failures >= self.failure_threshold:
                    self._trip(now_ms)
        else:  # half-open: this call is a trial
            if ok:
                self.successes += 1
                if self.successes >= self.success_threshold:
                    self.current = CLOSED
                    self.failures = 0
            else:
                self._trip(now_ms)
        return [True, self.current]

    def state(self, now_ms: int) -> str:
        self._advance(now_ms)
        return self.current
