class FanOut:
    """Correct, but buffered() scans every branch: O(branches) per call."""

    def __init__(self, first, step, length, branches):
        self.first, self.step, self.length = first, step, length
        self.pos = [0] * branches
        self.alive = [True] * branches
        self.high = 0
        self.values = {}

    def _low(self):
        live = [p for p, a in zip(self.pos, self.alive) if a]
        return min(live) if live else self.high

    def next(self, i):
        if not self.alive[i]:
            return None
        p = self.pos[i]
        if p == self.high:
            if self.high == self.length:
                return None
            self.values[p] = self.first + p * self.step
            self.high += 1
        self.pos[i] = p + 1
        return self.values[p]

    def drop(self, i):
        self.alive[i] = False

    def behind(self, i):
        return self.high - self.pos[i] if self.alive[i] else None

    def buffered(self):
        return self.high - self._low()

    def pulled(self):
        return self.high
