# Caught by test_add_from_many_threads_loses_nothing:
# increment is locked, but add was "too simple to need it" -- += is still a read-modify-write.
import threading


class SharedCounter:
    def __init__(self) -> None:
        self._value = 0
        self._lock = threading.Lock()

    def increment(self) -> int:
        with self._lock:
            self._value += 1
            return self._value

    def add(self, n: int) -> int:
        self._value += n
        return self._value

    def value(self) -> int:
        return self._value

    def reset(self) -> None:
        with self._lock:
            self._value = 0
