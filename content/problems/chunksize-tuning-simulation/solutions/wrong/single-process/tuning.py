# Caught by test_search_runs_in_worker_processes: the right answer from one sequential scan
# in the calling process; no worker process does any of the search.
from heapq import heapreplace
from itertools import accumulate

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


def best_chunksize(durations: list[int], workers: int, overhead: int) -> list[int]:
    prefix = [0, *accumulate(durations)]
    # Small chunk sizes cost the most (n / c chunks each): dealing the sizes out in turn
    # (1, 5, 9, ... to the first process, 2, 6, 10, ... to the next) balances the work.
    makespan_, c = search((prefix, workers, overhead, 1, 1))
    return [c, makespan_]
