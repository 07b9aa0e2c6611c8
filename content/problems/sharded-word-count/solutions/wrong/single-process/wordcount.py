# Caught by test_counting_runs_in_worker_processes: the plan is right, but every shard is
# counted in the calling process; no worker process does any work.
import heapq
import re
from collections import Counter

WORD = re.compile(r"[a-z]+")


def plan(sizes: list[int], workers: int) -> tuple[list[int], list[list[int]]]:
    """Largest shard first onto the least-loaded worker (ties: lower index)."""
    order = sorted(range(len(sizes)), key=lambda i: (-sizes[i], i))
    heap = [(0, j) for j in range(workers)]
    loads = [0] * workers
    groups: list[list[int]] = [[] for _ in range(workers)]
    for i in order:
        load, j = heapq.heappop(heap)
        loads[j] = load + sizes[i]
        groups[j].append(i)
        heapq.heappush(heap, (loads[j], j))
    return loads, groups


def count_shards(shards: list[str]) -> Counter:
    """The map step, in a worker process: count the words of this worker's shards."""
    counts: Counter = Counter()
    for shard in shards:
        counts.update(WORD.findall(shard.lower()))
    return counts


def count_words(shards: list[str], workers: int, k: int) -> dict:
    loads, groups = plan([len(shard) for shard in shards], workers)
    partials = [count_shards([shards[i] for i in group]) for group in groups]
    total: Counter = Counter()
    for partial in partials:  # the reduce step
        total.update(partial)
    top = heapq.nsmallest(k, total.items(), key=lambda kv: (-kv[1], kv[0]))
    return {"loads": loads, "top": [[word, count] for word, count in top]}
