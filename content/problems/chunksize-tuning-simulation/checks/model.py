"""The expected answer, by one sequential scan in the check's own process."""

import random
from heapq import heapreplace
from itertools import accumulate


def expected(durations, workers, overhead):
    n = len(durations)
    prefix = [0, *accumulate(durations)]
    best = None
    for c in range(1, n + 1):
        free = [0] * min(workers, -(-n // c))
        for start in range(0, n, c):
            heapreplace(free, free[0] + overhead + prefix[min(n, start + c)] - prefix[start])
        if best is None or max(free) < best[1]:
            best = [c, max(free)]
    return best


def measured(n, seed, *, spikes=0):
    """Item costs as a profiler would report them: mostly small, a few heavy ones."""
    rng = random.Random(seed)
    costs = [rng.randint(1, 100) for _ in range(n)]
    for _ in range(spikes):
        costs[rng.randrange(n)] = rng.randint(5_000, 10_000)
    return costs
