# Complexity: O(n log n) time: sort once, then undo the insertions in reverse on a doubly linked
# list in sorted order, O(1) each; O(n) memory.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    a = list(map(int, data[1:1 + n]))
    order = sorted(range(n), key=a.__getitem__)  # arrival indices in value order
    pos = [0] * n  # pos[i] = place of arrival i in sorted order
    for rank, i in enumerate(order):
        pos[i] = rank
    prev = list(range(-1, n - 1))
    nxt = list(range(1, n + 1))
    parent = [0] * n
    for i in range(n - 1, 0, -1):
        r = pos[i]
        p, s = prev[r], nxt[r]
        tp = order[p] if p >= 0 else -1  # arrival time of predecessor
        ts = order[s] if s < n else -1
        parent[i] = a[tp] if tp > ts else a[ts]
        if p >= 0:
            nxt[p] = s
        if s < n:
            prev[s] = p
    sys.stdout.write(" ".join(map(str, parent[1:])) + "\n")


main()
