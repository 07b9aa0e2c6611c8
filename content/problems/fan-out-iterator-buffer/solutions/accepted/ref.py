# Complexity: O(1) amortised time per operation: the low-water mark only moves forward and each
# value is appended and popped once; O(branches + buffered) memory.
from collections import deque


class FanOut:
    """One lazy source, many independent readers; keeps only the items some reader still needs."""

    def __init__(self, first: int, step: int, length: int, branches: int):
        self._first, self._step, self._length = first, step, length
        self._pos = [0] * branches       # items consumed by each branch
        self._alive = [True] * branches
        self._at = {0: branches}         # live branches per position
        self._low = 0                    # smallest position of a live branch (or _high)
        self._high = 0                   # items pulled from the source
        self._buf = deque()              # values of positions _low .. _high - 1

    def _settle(self):
        # move the low-water mark past positions no live branch occupies, freeing values
        while self._low < self._high and not self._at.get(self._low):
            self._at.pop(self._low, None)
            self._buf.popleft()
            self._low += 1

    def next(self, i: int):
        if not self._alive[i]:
            return None
        p = self._pos[i]
        if p == self._high:
            if self._high == self._length:
                return None
            self._buf.append(self._first + self._high * self._step)  # pull one item
            self._high += 1
        value = self._buf[p - self._low]
        self._at[p] -= 1
        self._at[p + 1] = self._at.get(p + 1, 0) + 1
        self._pos[i] = p + 1
        if p == self._low:
            self._settle()
        return value

    def drop(self, i: int):
        if self._alive[i]:
            self._alive[i] = False
            self._at[self._pos[i]] -= 1
            self._settle()

    def behind(self, i: int):
        return self._high - self._pos[i] if self._alive[i] else None

    def buffered(self) -> int:
        return self._high - self._low

    def pulled(self) -> int:
        return self._high
