# Complexity: O(n log n) time: sort by deadline, then one push and at most one pop of a max-heap
# per patch; O(n) memory.
import heapq
import sys


def main() -> None:
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    patches = sorted(zip(map(int, data[2:2 + 2 * n:2]), map(int, data[1:1 + 2 * n:2])))  # (deadline, hours)
    chosen: list[int] = []  # max-heap of hours (stored negated)
    clock = 0
    for deadline, hours in patches:
        heapq.heappush(chosen, -hours)
        clock += hours
        if clock > deadline:
            clock += heapq.heappop(chosen)  # drop the longest patch chosen so far
    print(len(chosen))


main()
