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
    # Bug: assigns shards in input order instead of largest first
    order = range(s)
    heap = [(0, j) for j in range(w)]
    loads = [0] * w
    for i in order:
        load, j = heapq.heappop(heap)
        loads[j] = load + len(shards[i])
        heapq.heappush(heap, (loads[j], j))

    # each "worker" counts its own shards; the reduce step merges the partial counters
    total = Counter()
    for words in shards:
        total.update(words)
    top = heapq.nsmallest(k, total.items(), key=lambda kv: (-kv[1], kv[0]))
    out = [" ".join(map(str, loads))]
    out += [f"{word} {count}" for word, count in top]
    sys.stdout.write("\n".join(out) + "\n")


main()
