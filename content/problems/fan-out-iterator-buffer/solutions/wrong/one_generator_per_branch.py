import itertools


class FanOut:
    """Bug: every branch gets its own copy of the source generator, so a value is pulled
    once per branch instead of once overall, and nothing is ever shared."""

    def __init__(self, first, step, length, branches):
        def source():
            for k in range(length) if length < 10**9 else itertools.count():
                yield first + k * step
        self.gens = [source() for _ in range(branches)]
        self.pos = [0] * branches
        self.alive = [True] * branches
        self.total_pulls = 0

    def next(self, i):
        if not self.alive[i]:
            return None
        try:
            v = next(self.gens[i])
        except StopIteration:
            return None
        self.pos[i] += 1
        self.total_pulls += 1
        return v

    def drop(self, i):
        self.alive[i] = False

    def behind(self, i):
        if not self.alive[i]:
            return None
        return max(self.pos) - self.pos[i]

    def buffered(self):
        live = [p for p, a in zip(self.pos, self.alive) if a]
        return (max(self.pos) - min(live)) if live else 0

    def pulled(self):
        return self.total_pulls
