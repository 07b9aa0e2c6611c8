import threading
import time


class SharedCounter:
    def __init__(self):
        self._value = 0
        self._lock = threading.Lock()

    def _increment(self):
        # the whole read-modify-write is ONE critical section
        with self._lock:
            v = self._value
            time.sleep(0)  # the mandated yield point: another thread may run here
            self._value = v + 1

    def burst(self, threads: int, per_thread: int) -> int:
        def work():
            for _ in range(per_thread):
                self._increment()

        workers = [threading.Thread(target=work) for _ in range(threads)]
        for w in workers:
            w.start()
        # Bug: returns without joining the workers -- they are still counting
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
