# Caught by test_sample_lock_basics: a plain Lock is not re-entrant -- the thread holding it
# cannot acquire it again (a blocking acquire would wait forever).
import threading


class Lock:
    """A mutual-exclusion lock without an owner: any thread may release it."""

    def __init__(self) -> None:
        self._cond = threading.Condition()
        self._locked = False

    def acquire(self, blocking: bool = True, timeout: float = -1) -> bool:
        with self._cond:  # checking and taking the lock is one step under the condition
            if self._locked and getattr(self, "_holder", None) == threading.get_ident():
                return True
            if not blocking:
                got = not self._locked
            elif timeout < 0:
                got = self._cond.wait_for(lambda: not self._locked)
            else:
                got = self._cond.wait_for(lambda: not self._locked, timeout)
            if got:
                self._locked = True
                self._holder = threading.get_ident()
            return got

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
