# Complexity: O(n log n) time: two heaps, a push and at most one rebalancing move per price,
# O(log n) each; O(n) memory.
import heapq
import sys


def main() -> None:
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    low: list[int] = []   # max-heap (negated): the smaller half, holds the median on top
    high: list[int] = []  # min-heap: the larger half
    push, pop = heapq.heappush, heapq.heappop
    out = []
    for tok in data[1 : 1 + n]:
        x = int(tok)
        if low and x > -low[0]:
            push(high, x)
            if len(high) > len(low):
                push(low, -pop(high))
        else:
            push(low, -x)
            if len(low) > len(high) + 1:
                push(high, -pop(low))
        out.append(-low[0])
    sys.stdout.write(" ".join(map(str, out)) + "\n")


main()
