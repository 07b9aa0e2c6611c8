# Bug: rank counts values <= x instead of < x.
from bisect import bisect_left, bisect_right


class RosterIndex:
    def __init__(self):
        self.buckets = []  # sorted list of sorted buckets
        self.n = 0

    def _locate(self, x):
        for i, b in enumerate(self.buckets):
            if x <= b[-1]:
                return i
        return len(self.buckets) - 1

    def add(self, x):
        if not self.buckets:
            self.buckets.append([x])
            self.n = 1
            return True
        i = self._locate(x)
        b = self.buckets[i]
        j = bisect_left(b, x)
        if j < len(b) and b[j] == x:
            return False
        b.insert(j, x)
        self.n += 1
        if len(b) > 600:
            self.buckets[i:i + 1] = [b[:300], b[300:]]
        return True

    def discard(self, x):
        if not self.buckets:
            return False
        i = self._locate(x)
        b = self.buckets[i]
        j = bisect_left(b, x)
        if j == len(b) or b[j] != x:
            return False
        del b[j]
        self.n -= 1
        if not b:
            del self.buckets[i]
        return True

    def kth(self, k):
        if k > self.n:
            return None
        for b in self.buckets:
            if k <= len(b):
                return b[k - 1]
            k -= len(b)

    def rank(self, x):
        r = 0
        for b in self.buckets:
            if b[-1] <= x:
                r += len(b)
            else:
                return r + bisect_right(b, x)
        return r

    def size(self):
        return self.n
