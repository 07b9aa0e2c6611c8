# Caught by test_eight_threads_lose_nothing: every call makes a brand-new lock that no other
# thread holds, so nobody ever waits.
import threading


class SharedCounter:
    def __init__(self) -> None:
        self._value = 0

    def increment(self) -> int:
        with threading.Lock():
            v = self._value
            self._value = v + 1
            return self._value

    def add(self, n: int) -> int:
        with threading.Lock():
            self._value += n
            return self._value

    def value(self) -> int:
        return self._value

    def reset(self) -> None:
        self._value = 0
