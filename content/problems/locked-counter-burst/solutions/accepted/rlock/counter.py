import threading


class SharedCounter:
    """An RLock works as well as a Lock here (nothing re-enters it)."""

    def __init__(self) -> None:
        self._value = 0
        self._lock = threading.RLock()

    def increment(self) -> int:
        with self._lock:
            self._value += 1
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
