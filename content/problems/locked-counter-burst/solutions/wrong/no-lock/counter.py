# Caught by test_sample_two_threads_lose_nothing and test_eight_threads_lose_nothing: no lock,
# so a thread switch between reading and storing _value loses another thread's increment. It
# passes every single-threaded test, which is why it ships.
class SharedCounter:
    def __init__(self) -> None:
        self._value = 0

    def increment(self) -> int:
        self._value += 1
        return self._value

    def add(self, n: int) -> int:
        self._value += n
        return self._value

    def value(self) -> int:
        return self._value

    def reset(self) -> None:
        self._value = 0
