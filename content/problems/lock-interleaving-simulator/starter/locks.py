import threading


class Lock:
    """TODO: build a mutual-exclusion lock on one threading.Condition."""

    def __init__(self) -> None:
        self._locked = False

    def acquire(self, blocking: bool = True, timeout: float = -1) -> bool:
        self._locked = True
        return True

    def release(self) -> None:
        self._locked = False

    def locked(self) -> bool:
        return self._locked

    def __enter__(self) -> bool:
        return self.acquire()

    def __exit__(self, *exc: object) -> None:
        self.release()


class RLock:
    """TODO: a re-entrant lock with an owner (threading.get_ident()) and a count."""

    def __init__(self) -> None:
        self._cond = threading.Condition()

    def acquire(self, blocking: bool = True, timeout: float = -1) -> bool:
        return True

    def release(self) -> None:
        pass

    def __enter__(self) -> bool:
        return self.acquire()

    def __exit__(self, *exc: object) -> None:
        self.release()
