# Caught by test_small_cases (02-no-overhead-small-chunks): chunk i always goes to worker
# i % workers, instead of to whichever worker is free first.
from concurrent.futures import ProcessPoolExecutor
from heapq import heapreplace
from itertools import accumulate

PROCESSES = 4


def makespan(prefix: list[int], workers: int, overhead: int, c: int) -> int:
    """The pool model for chunk size c: the next chunk goes to the first free worker."""
    n = len(prefix) - 1
    load = [0] * workers
    for index, start in enumerate(range(0, n, c)):
        load[index % workers] += overhead + prefix[min(n, start + c)] - prefix[start]
    return max(load)


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
    tasks = [(prefix, workers, overhead, first, PROCESSES) for first in range(1, PROCESSES + 1)]
    with ProcessPoolExecutor(max_workers=PROCESSES) as executor:
        found = [best for best in executor.map(search, tasks) if best is not None]
    makespan_, c = min(found)  # ties: the smallest c, as in one sequential scan
    return [c, makespan_]
