# Correct but O(N * k * log L): for every element as the window start, find in every feed the
# first element >= start.
import sys
from bisect import bisect_left


def main():
    data = sys.stdin.buffer.read().split()
    k = int(data[0])
    pos = 1
    feeds = []
    for _ in range(k):
        L = int(data[pos])
        feeds.append(list(map(int, data[pos + 1:pos + 1 + L])))
        pos += 1 + L
    starts = sorted({x for f in feeds for x in f})
    best = None
    for lo in starts:
        hi = lo
        ok = True
        for f in feeds:
            j = bisect_left(f, lo)
            if j == len(f):
                ok = False
                break
            if f[j] > hi:
                hi = f[j]
        if not ok:
            break
        if best is None or hi - lo < best[1] - best[0]:
            best = (lo, hi)
    print(best[0], best[1])


main()
