# Bug: moves the window first and only then evaluates it, so the very first window is skipped.
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
    best_lo, best_hi = -10**10, 10**10  # Bug: the starting window is never evaluated
    while True:
        lo, i, j = heap[0]
        if j + 1 == len(feeds[i]):
            break
        nxt = feeds[i][j + 1]
        if nxt > hi:
            hi = nxt
        heapreplace(heap, (nxt, i, j + 1))
        lo = heap[0][0]
        if hi - lo < best_hi - best_lo:
            best_lo, best_hi = lo, hi
    print(best_lo, best_hi)


main()
