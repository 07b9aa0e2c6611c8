# Correct but O(n) (or worse) per update: append and re-sort the whole list each time.
from bisect import bisect_left


class RosterIndex:
    def __init__(self):
        self.items = []
        self.members = set()

    def add(self, x):
        if x in self.members:
            return False
        self.members.add(x)
        self.items.append(x)
        self.items.sort()
        return True

    def discard(self, x):
        if x not in self.members:
            return False
        self.members.remove(x)
        self.items = [v for v in self.items if v != x]
        return True

    def kth(self, k):
        return self.items[k - 1] if k <= len(self.items) else None

    def rank(self, x):
        return bisect_left(self.items, x)

    def size(self):
        return len(self.items)
