class Lookahead:
    def __init__(self, items):
        self._source = iter(items)
        self._stack = []
        self._pulled = 0

    def _fill(self):
        if not self._stack:
            try:
                self._stack.append(next(self._source))
                self._pulled += 1
            except StopIteration:
                return False
        return True

    def next(self):
        if self._stack:
            return self._stack.pop()
        try:
            item = next(self._source)
        except StopIteration:
            return None
        self._pulled += 1
        return item

    def peek(self):
        return self._stack[-1] if self._fill() else None

    def has_next(self):
        # Bug: drains the whole source into the buffer to answer a yes/no question
        rest = list(self._source)
        self._pulled += len(rest)
        self._stack[:0] = reversed(rest)
        return bool(self._stack)

    def push_back(self, x):
        self._stack.append(x)

    def take(self, k):
        out = []
        while len(out) < k and self._fill():
            out.append(self._stack.pop())
        return out

    def pulled(self):
        return self._pulled
