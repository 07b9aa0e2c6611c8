"""The expected answers, computed in the check's own process (no worker processes needed)."""

import heapq
import random
import re
from collections import Counter


def expected(shards, workers, k):
    sizes = [len(shard) for shard in shards]
    heap = [(0, j) for j in range(workers)]
    loads = [0] * workers
    for i in sorted(range(len(shards)), key=lambda i: (-sizes[i], i)):
        load, j = heapq.heappop(heap)
        loads[j] = load + sizes[i]
        heapq.heappush(heap, (loads[j], j))
    total = Counter()
    for shard in shards:
        total.update(re.findall(r"[a-z]+", shard.lower()))
    top = sorted(total.items(), key=lambda kv: (-kv[1], kv[0]))[:k]
    return {"loads": loads, "top": [[word, count] for word, count in top]}


def corpus(shards, words_per_shard, seed):
    """Log-like text: a vocabulary of a thousand words (a few of them common), mixed case and
    punctuation; every shard the same words, rotated."""
    rng = random.Random(seed)
    letters = "abcdefghijklmnopqrstuvwxyz"
    vocabulary = []
    for _ in range(1000):
        word = "".join(rng.choices(letters, k=rng.randint(2, 9)))
        vocabulary.append(
            word.upper() if len(word) == 3 else word + "," if len(word) == 4 else word
        )
    weights = [1 / (rank + 1) for rank in range(len(vocabulary))]
    words = rng.choices(vocabulary, weights, k=words_per_shard)
    step = max(1, words_per_shard // max(1, shards))
    return [" ".join(words[i * step :] + words[: i * step]) for i in range(shards)]
