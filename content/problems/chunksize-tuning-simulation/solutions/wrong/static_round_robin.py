from heapq import heapreplace
from itertools import accumulate


class Solution:
    def best_chunksize(self, durations: list[int], workers: int, overhead: int) -> list[int]:
        n = len(durations)
        prefix = [0, *accumulate(durations)]
        best = None
        for c in range(1, n + 1):
            # workers' next free times; a free worker takes the next chunk in order
            # Bug: static round-robin assignment (chunk i always goes to worker i % workers)
            # instead of handing the next chunk to whichever worker is free first
            load = [0] * workers
            for i, start in enumerate(range(0, n, c)):
                load[i % workers] += overhead + prefix[min(n, start + c)] - prefix[start]
            makespan = max(load)
            if best is None or makespan < best[1]:
                best = [c, makespan]
        return best
