# Complexity: O(n) average time: buckets of width t + 1 hold at most one reading each, so a check
# looks at three buckets; O(k) memory for the buckets of the last k readings, besides the input.
import sys


def main() -> None:
    data = sys.stdin.buffer.read().split()
    n, k, t = int(data[0]), int(data[1]), int(data[2])
    a = list(map(int, data[3 : 3 + n]))
    width = t + 1
    buckets: dict[int, int] = {}
    for j, x in enumerate(a):
        b = x // width
        if b in buckets:
            print(j + 1)
            return
        left = buckets.get(b - 1)
        if left is not None and x - left <= t:
            print(j + 1)
            return
        right = buckets.get(b + 1)
        if right is not None and right - x <= t:
            print(j + 1)
            return
        buckets[b] = x
        if j >= k:
            del buckets[a[j - k] // width]
    print(-1)


main()
