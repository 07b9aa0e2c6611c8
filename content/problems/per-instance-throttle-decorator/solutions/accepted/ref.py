# Complexity: O(1) amortised time per call: each admitted time is appended once and popped once
# from its deque; O(limit) memory per window (one per function or per instance).
import functools
import time
from collections import deque


class Throttled(RuntimeError):
    def __init__(self, retry_after):
        super().__init__(f"throttled, retry after {retry_after}")
        self.retry_after = retry_after


class _Window:
    """Sliding window of admitted call times: (now - window, now]."""

    __slots__ = ("limit", "window", "clock", "times")

    def __init__(self, limit, window, clock):
        self.limit, self.window, self.clock = limit, window, clock
        self.times = deque()

    def _expire(self, now):
        times = self.times
        while times and times[0] <= now - self.window:
            times.popleft()

    def admit(self):
        now = self.clock()
        self._expire(now)
        if len(self.times) >= self.limit:
            raise Throttled(self.times[0] + self.window - now)
        self.times.append(now)

    def remaining(self):
        self._expire(self.clock())
        return self.limit - len(self.times)

    def reset(self):
        self.times.clear()


class _Bound:
    """What `obj.method` returns: the method bound to obj, using obj's own window."""

    def __init__(self, owner, obj, window):
        self._owner, self._obj, self._window = owner, obj, window
        functools.update_wrapper(self, owner.__wrapped__)

    def __call__(self, *args, **kwargs):
        self._window.admit()
        return self.__wrapped__(self._obj, *args, **kwargs)

    def remaining(self):
        return self._window.remaining()

    def reset(self):
        self._window.reset()


class _Throttled:
    def __init__(self, func, limit, window, clock):
        functools.update_wrapper(self, func)
        self._limit, self._span, self._clock = limit, window, clock
        self._window = _Window(limit, window, clock)  # used for plain functions
        self._key = f"__throttle_{id(self)}"

    # plain function use
    def __call__(self, *args, **kwargs):
        self._window.admit()
        return self.__wrapped__(*args, **kwargs)

    def remaining(self):
        return self._window.remaining()

    def reset(self):
        self._window.reset()

    # method use: the descriptor protocol gives us the instance
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        state = obj.__dict__  # per-instance storage: no strong refs, works for unhashable objects
        window = state.get(self._key)
        if window is None:
            window = state[self._key] = _Window(self._limit, self._span, self._clock)
        return _Bound(self, obj, window)


def throttle(limit, window, clock=time.monotonic):
    def decorate(func):
        return _Throttled(func, limit, window, clock)
    return decorate


class Solution:
    def run(self, script: str):
        env = {"throttle": throttle, "Throttled": Throttled}
        exec(script, env)
        return env["RESULT"]
