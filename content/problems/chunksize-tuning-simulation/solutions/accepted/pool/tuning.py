from heapq import heapreplace
from itertools import accumulate
from multiprocessing import Pool

PROCESSES = 4


def makespan(prefix: list[int], workers: int, overhead: int, c: int) -> int:
    """The pool model for chunk size c: the next chunk goes to the first free worker."""
    n = len(prefix) - 1
    free = [0] * min(workers, -(-n // c))  # the workers' next free times
    for start in range(0, n, c):
        cost = overhead + prefix[min(n, start + c)] - prefix[start]
        heapreplace(free, free[0] + cost)  # the earliest free worker takes the chunk
    return max(free)


def search(task: tuple[list[int], int, int, int, int]) -> tuple[int, int] | None:
    """The best (makespan, c) among c = first, first + step, ... <= n: one worker's share."""
    prefix, workers, overhead, first, step = task
    n = len(prefix) - 1
    best = None
    for c in range(first, n + 1, step):
        candidate = (makespan(prefix, workers, overhead, c), c)
        if best is None or candidate < best:
            best = candidate
    return best


def best_chunksize(durations, workers, overhead):
    prefix = [0, *accumulate(durations)]
    tasks = [(prefix, workers, overhead, first, PROCESSES) for first in range(1, PROCESSES + 1)]
    with Pool(PROCESSES) as pool:
        found = [best for best in pool.map(search, tasks, chunksize=1) if best is not None]
    makespan_, c = min(found)
    return [c, makespan_]
