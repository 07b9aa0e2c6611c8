# Complexity: O(1) time per operation, O(k) for take(k): a stack of pushed-back items in front of
# the lazily pulled source; O(p) memory for p items pushed back (or peeked).
class Lookahead:
    """Wraps any iterator; pulls from it lazily, one item at a time."""

    def __init__(self, items):
        self._source = iter(items)
        self._stack = []  # items waiting in front of the source; the END of the list is next
        self._pulled = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self._stack:
            return self._stack.pop()
        item = next(self._source)  # StopIteration propagates: the iterator protocol
        self._pulled += 1
        return item

    def _fill(self):
        if not self._stack:
            try:
                self._stack.append(next(self._source))
                self._pulled += 1
            except StopIteration:
                return False
        return True

    def next(self):
        return next(self, None)

    def peek(self):
        return self._stack[-1] if self._fill() else None

    def has_next(self):
        return self._fill()

    def push_back(self, x):
        self._stack.append(x)

    def take(self, k):
        out = []
        while len(out) < k and self._fill():
            out.append(self._stack.pop())
        return out

    def pulled(self):
        return self._pulled
