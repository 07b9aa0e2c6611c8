"""The workbench the checks use: it holds one of your locks, and the judge's threads call its
methods (given; not submitted)."""

import locks


class Bench:
    def __init__(self, kind: str) -> None:
        self.lock = getattr(locks, kind)()  # locks.Lock() or locks.RLock()
        self.value = 0
        self.attempts: list[bool] = []

    def increment(self) -> None:
        with self.lock:  # a read-modify-write that only a working lock keeps exact
            v = self.value
            self.value = v + 1

    def increment_nested(self) -> None:
        with self.lock:
            with self.lock:  # an RLock lets its owner in again
                v = self.value
                self.value = v + 1

    def acquire(self) -> bool:
        return self.lock.acquire()

    def release(self) -> None:
        self.lock.release()

    def try_acquire(self) -> None:
        self.attempts.append(self.lock.acquire(blocking=False))

    def acquire_within(self, seconds: float) -> None:
        self.attempts.append(self.lock.acquire(timeout=seconds))
