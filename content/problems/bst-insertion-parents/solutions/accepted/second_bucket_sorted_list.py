# Complexity: O(n (B + n / B)) time with buckets of B = 600 values, about O(n sqrt n): each
# insertion bisects over the buckets and inside one, then shifts up to 2B values (a split also
# rebuilds the list of n / B buckets); O(n) memory.
#
# Online alternative: predecessor/successor from a bucketed sorted list, parent = the one
# inserted later.
import sys
from bisect import bisect_left, insort


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    a = list(map(int, data[1:1 + n]))
    when = {}
    buckets = [[a[0]]]
    when[a[0]] = 0
    out = []
    B = 600
    for i in range(1, n):
        x = a[i]
        # find bucket: first bucket whose last element >= x
        lo, hi = 0, len(buckets)
        while lo < hi:
            mid = (lo + hi) // 2
            if buckets[mid][-1] < x:
                lo = mid + 1
            else:
                hi = mid
        b = min(lo, len(buckets) - 1)
        bucket = buckets[b]
        j = bisect_left(bucket, x)
        # predecessor
        if j > 0:
            p = bucket[j - 1]
        elif b > 0:
            p = buckets[b - 1][-1]
        else:
            p = None
        if j < len(bucket):
            s = bucket[j]
        elif b + 1 < len(buckets):
            s = buckets[b + 1][0]
        else:
            s = None
        if p is None:
            par = s
        elif s is None:
            par = p
        else:
            par = p if when[p] > when[s] else s
        out.append(par)
        bucket.insert(j, x)
        when[x] = i
        if len(bucket) > 2 * B:
            buckets[b:b + 1] = [bucket[:B], bucket[B:]]
    sys.stdout.write(" ".join(map(str, out)) + "\n")


main()
