# Complexity: O(N log k) time, N the timestamps in total: a k-way merge with a heap holding the
# current timestamp of every feed, one replace per step; O(N) memory.
import sys
from heapq import heapify, heapreplace


def main():
    data = sys.stdin.buffer.read().split()
    k = int(data[0])
    pos = 1
    feeds = []
    for _ in range(k):
        L = int(data[pos])
        feeds.append(list(map(int, data[pos + 1:pos + 1 + L])))
        pos += 1 + L
    # k-way merge: the heap holds the current element of every feed
    heap = [(f[0], i, 0) for i, f in enumerate(feeds)]
    heapify(heap)
    hi = max(f[0] for f in feeds)
    best_lo, best_hi = heap[0][0], hi
    while True:
        lo, i, j = heap[0]
        if hi - lo < best_hi - best_lo:  # strictly better only: keeps the smallest start
            best_lo, best_hi = lo, hi
        if j + 1 == len(feeds[i]):
            break  # this feed is exhausted: the window cannot move right any more
        nxt = feeds[i][j + 1]
        if nxt > hi:
            hi = nxt
        heapreplace(heap, (nxt, i, j + 1))
    print(best_lo, best_hi)


main()
