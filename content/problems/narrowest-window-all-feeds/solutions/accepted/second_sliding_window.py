# Complexity: O(N log N) time, N the timestamps in total: sort all (value, feed) pairs, then a
# sliding window where each pair enters and leaves once; O(N + k) memory.
#
# Merge everything into one sorted list of (value, feed) and slide a window that covers all
# feeds, shrinking it from the left as far as possible for every right end.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    k = int(data[0])
    pos = 1
    items = []
    for i in range(k):
        L = int(data[pos])
        items.extend((int(x), i) for x in data[pos + 1:pos + 1 + L])
        pos += 1 + L
    items.sort()
    have = [0] * k
    covered = 0
    left = 0
    best = None
    for right in range(len(items)):
        f = items[right][1]
        have[f] += 1
        if have[f] == 1:
            covered += 1
        while covered == k:
            lo, hi = items[left][0], items[right][0]
            if best is None or (hi - lo, lo) < (best[1] - best[0], best[0]):
                best = (lo, hi)
            g = items[left][1]
            have[g] -= 1
            if have[g] == 0:
                covered -= 1
            left += 1
    print(best[0], best[1])


main()
