# Caught by test_sample_lock_protects_a_counter: the test of _locked and the store of True
# are separate steps, so two threads both see the lock free and both go in.
import threading
import time


class Lock:
    """A mutual-exclusion lock without an owner: any thread may release it."""

    def __init__(self) -> None:
        self._cond = threading.Condition()
        self._locked = False

    def acquire(self, blocking: bool = True, timeout: float = -1) -> bool:
        deadline = None if timeout < 0 else time.monotonic() + timeout
        while self._locked:
            if not blocking or (deadline is not None and time.monotonic() >= deadline):
                return False
            time.sleep(0)  # let the holder run
        self._locked = True
        return True

    def release(self) -> None:
        with self._cond:
            if not self._locked:
                raise RuntimeError("release unlocked lock")
            self._locked = False
            self._cond.notify()  # one waiter can take it

    def locked(self) -> bool:
        return self._locked

    def __enter__(self) -> bool:
        return self.acquire()

    def __exit__(self, *exc: object) -> None:
        self.release()


class RLock:
    """A re-entrant lock: it has an owner and a count; only the owner may release it."""

    def __init__(self) -> None:
        self._cond = threading.Condition()
        self._owner: int | None = None
        self._count = 0

    def acquire(self, blocking: bool = True, timeout: float = -1) -> bool:
        me = threading.get_ident()
        with self._cond:
            if self._owner == me:
                self._count += 1
                return True
            free = lambda: self._owner is None  # noqa: E731
            if not blocking:
                got = free()
            elif timeout < 0:
                got = self._cond.wait_for(free)
            else:
                got = self._cond.wait_for(free, timeout)
            if got:
                self._owner, self._count = me, 1
            return got

    def release(self) -> None:
        with self._cond:
            if self._owner != threading.get_ident():
                raise RuntimeError("cannot release un-acquired lock")
            self._count -= 1
            if self._count == 0:
                self._owner = None
                self._cond.notify()

    def __enter__(self) -> bool:
        return self.acquire()

    def __exit__(self, *exc: object) -> None:
        self.release()
