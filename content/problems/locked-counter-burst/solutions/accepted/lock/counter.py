import threading


class SharedCounter:
    def __init__(self) -> None:
        self._value = 0
        self._lock = threading.Lock()  # one lock, shared by every thread that uses the counter

    def increment(self) -> int:
        # The whole read-modify-write is one critical section.
        with self._lock:
            v = self._value
            self._value = v + 1
            return self._value

    def add(self, n: int) -> int:
        with self._lock:
            self._value += n
            return self._value

    def value(self) -> int:
        with self._lock:
            return self._value

    def reset(self) -> None:
        with self._lock:
            self._value = 0
