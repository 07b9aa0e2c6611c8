# Complexity: O(n log k) time: a min-heap of the k best scores, one push or replace per score;
# O(k) memory besides the output.
import heapq
import sys


def main() -> None:
    data = sys.stdin.buffer.read().split()
    n, k = int(data[0]), int(data[1])
    top: list[int] = []
    out = []
    for tok in data[2 : 2 + n]:
        x = int(tok)
        if len(top) < k:
            heapq.heappush(top, x)
        elif x > top[0]:
            heapq.heapreplace(top, x)
        out.append(top[0] if len(top) == k else -1)
    sys.stdout.write(" ".join(map(str, out)) + "\n")


main()
