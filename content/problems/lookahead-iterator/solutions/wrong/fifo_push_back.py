from collections import deque


class Lookahead:
    def __init__(self, items):
        self._source = iter(items)
        self._buf = deque()
        self._pulled = 0

    def _fill(self):
        if not self._buf:
            try:
                self._buf.append(next(self._source))
                self._pulled += 1
            except StopIteration:
                return False
        return True

    def next(self):
        return self._buf.popleft() if self._fill() else None

    def peek(self):
        return self._buf[0] if self._fill() else None

    def has_next(self):
        return self._fill()

    def push_back(self, x):
        # Bug: appends behind whatever is already buffered, so two push_backs come out in
        # FIFO order and a pushed item ends up behind a peeked one
        self._buf.append(x)

    def take(self, k):
        out = []
        while len(out) < k and self._fill():
            out.append(self._buf.popleft())
        return out

    def pulled(self):
        return self._pulled
