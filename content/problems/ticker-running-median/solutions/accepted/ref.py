# Complexity: O(n log n) time: two heaps (lower half as a max-heap, upper half as a min-heap),
# O(log n) per price; O(n) memory.
import sys
from heapq import heappush, heappushpop


def main() -> None:
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    low: list[int] = []   # max-heap (negated): the smaller half, its top is the lower median
    high: list[int] = []  # min-heap: the larger half
    out = []
    for x in map(int, data[1 : 1 + n]):
        if low and x > -low[0]:
            if len(high) < len(low):
                heappush(high, x)
            else:  # high is full: x enters high, high's smallest moves down to low
                heappush(low, -heappushpop(high, x))
        else:
            if len(low) > len(high):  # low is full: x enters low, low's largest moves up
                heappush(high, -heappushpop(low, -x))
            else:
                heappush(low, -x)
        out.append(-low[0])
    sys.stdout.write(" ".join(map(str, out)) + "\n")


main()
