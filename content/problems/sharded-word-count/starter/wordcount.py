import heapq
import re
from collections import Counter

WORD = re.compile(r"[a-z]+")


def plan(sizes: list[int], workers: int) -> tuple[list[int], list[list[int]]]:
    """Largest shard first onto the least-loaded worker (ties: lower index)."""
    # TODO: largest shard first, each onto the least-loaded worker.
    groups: list[list[int]] = [list(range(j, len(sizes), workers)) for j in range(workers)]
    loads = [sum(sizes[i] for i in group) for group in groups]
    return loads, groups


def count_shards(shards: list[str]) -> Counter:
    """The map step, in a worker process: count the words of this worker's shards."""
    counts: Counter = Counter()
    for shard in shards:
        counts.update(WORD.findall(shard.lower()))
    return counts


def count_words(shards: list[str], workers: int, k: int) -> dict:
    loads, groups = plan([len(shard) for shard in shards], workers)
    # TODO: count each worker's shards in its own worker process (multiprocessing.Pool).
    partials = [count_shards([shards[i] for i in group]) for group in groups]
    total: Counter = Counter()
    for partial in partials:  # the reduce step
        total.update(partial)
    top = heapq.nsmallest(k, total.items(), key=lambda kv: (-kv[1], kv[0]))
    return {"loads": loads, "top": [[word, count] for word, count in top]}
