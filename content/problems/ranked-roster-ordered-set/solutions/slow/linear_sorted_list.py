# Correct but O(n) per update: a plain sorted list, position found by scanning.
class RosterIndex:
    def __init__(self):
        self.items = []

    def add(self, x):
        i = 0
        items = self.items
        while i < len(items) and items[i] < x:
            i += 1
        if i < len(items) and items[i] == x:
            return False
        items.insert(i, x)
        return True

    def discard(self, x):
        for i, v in enumerate(self.items):
            if v == x:
                del self.items[i]
                return True
            if v > x:
                break
        return False

    def kth(self, k):
        return self.items[k - 1] if k <= len(self.items) else None

    def rank(self, x):
        r = 0
        for v in self.items:
            if v >= x:
                break
            r += 1
        return r

    def size(self):
        return len(self.items)
