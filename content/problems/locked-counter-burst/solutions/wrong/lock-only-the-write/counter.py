# Caught by test_eight_threads_lose_nothing: the read happens outside the lock, so two
# threads read the same old value and both store v + 1.
import threading


class SharedCounter:
    def __init__(self) -> None:
        self._value = 0
        self._lock = threading.Lock()

    def increment(self) -> int:
        v = self._value
        with self._lock:
            self._value = v + 1
            return self._value

    def add(self, n: int) -> int:
        with self._lock:
            self._value += n
            return self._value

    def value(self) -> int:
        return self._value

    def reset(self) -> None:
        with self._lock:
            self._value = 0
