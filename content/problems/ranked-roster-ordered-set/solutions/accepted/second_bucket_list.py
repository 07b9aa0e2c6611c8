# Complexity: O(B + n / B) time per call with buckets of about B = 400 values (about O(sqrt n)
# for n = 10^5): bisect over the bucket maxima, shift inside one bucket, or scan the bucket sizes
# for kth and rank; O(n) memory.
#
# Alternative: sorted list split into buckets of ~sqrt size (O(sqrt n) per call).
from bisect import bisect_left, bisect_right

LOAD = 400


class RosterIndex:
    def __init__(self):
        self.buckets = []
        self.maxes = []
        self.n = 0

    def _where(self, x):
        i = bisect_left(self.maxes, x)
        return min(i, len(self.buckets) - 1)

    def add(self, x):
        if not self.buckets:
            self.buckets, self.maxes, self.n = [[x]], [x], 1
            return True
        i = self._where(x)
        b = self.buckets[i]
        j = bisect_left(b, x)
        if j < len(b) and b[j] == x:
            return False
        b.insert(j, x)
        self.maxes[i] = b[-1]
        self.n += 1
        if len(b) > 2 * LOAD:
            self.buckets[i:i + 1] = [b[:LOAD], b[LOAD:]]
            self.maxes[i:i + 1] = [b[LOAD - 1], b[-1]]
        return True

    def discard(self, x):
        if not self.buckets:
            return False
        i = self._where(x)
        b = self.buckets[i]
        j = bisect_left(b, x)
        if j == len(b) or b[j] != x:
            return False
        del b[j]
        self.n -= 1
        if b:
            self.maxes[i] = b[-1]
        else:
            del self.buckets[i]
            del self.maxes[i]
        return True

    def kth(self, k):
        if k > self.n:
            return None
        for b in self.buckets:
            if k <= len(b):
                return b[k - 1]
            k -= len(b)

    def rank(self, x):
        i = bisect_left(self.maxes, x)
        return sum(len(b) for b in self.buckets[:i]) + (bisect_left(self.buckets[i], x) if i < len(self.buckets) else 0)

    def size(self):
        return self.n
