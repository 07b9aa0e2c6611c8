from heapq import heapreplace
from itertools import accumulate


class Solution:
    def best_chunksize(self, durations: list[int], workers: int, overhead: int) -> list[int]:
        n = len(durations)
        best = None
        for c in range(1, n + 1):
            # workers' next free times; a free worker takes the next chunk in order
            free = [0] * min(workers, -(-n // c))
            for start in range(0, n, c):
                cost = overhead + sum(durations[start:start + c])  # O(c) per chunk
                heapreplace(free, free[0] + cost)  # earliest free worker gets the chunk
            makespan = max(free)
            if best is None or makespan < best[1]:
                best = [c, makespan]
        return best
