import heapq
import re
import sys
from collections import Counter

WORD = re.compile(r"[a-z]+")


def main():
    data = sys.stdin.read().split("\n")
    w, s, k = map(int, data[0].split())
    shards = [WORD.findall(line.lower()) for line in data[1:1 + s]]

    # map phase: longest shard first onto the least-loaded worker (ties: lower index)
    order = sorted(range(s), key=lambda i: (-len(shards[i]), i))
    loads = [0] * w
    for i in order:
        j = min(range(w), key=lambda x: (loads[x], x))  # O(workers) per shard
        loads[j] += len(shards[i])

    # each "worker" counts its own shards; the reduce step merges the partial counters
    seen, counts = [], []
    for words in shards:
        for word in words:
            if word in seen:  # O(distinct words) per word
                counts[seen.index(word)] += 1
            else:
                seen.append(word)
                counts.append(1)
    total = Counter(dict(zip(seen, counts)))
    top = heapq.nsmallest(k, total.items(), key=lambda kv: (-kv[1], kv[0]))
    out = [" ".join(map(str, loads))]
    out += [f"{word} {count}" for word, count in top]
    sys.stdout.write("\n".join(out) + "\n")


main()
