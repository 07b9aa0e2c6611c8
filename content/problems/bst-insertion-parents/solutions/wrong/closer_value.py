# Bug: picks the neighbour that is closer in value instead of the one inserted later.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    a = list(map(int, data[1:1 + n]))
    order = sorted(range(n), key=a.__getitem__)
    pos = [0] * n
    for rank, i in enumerate(order):
        pos[i] = rank
    prev = list(range(-1, n - 1))
    nxt = list(range(1, n + 1))
    parent = [0] * n
    for i in range(n - 1, 0, -1):
        r = pos[i]
        p, s = prev[r], nxt[r]
        if p < 0:
            parent[i] = a[order[s]]
        elif s >= n:
            parent[i] = a[order[p]]
        else:
            vp, vs = a[order[p]], a[order[s]]
            parent[i] = vp if a[i] - vp <= vs - a[i] else vs
        if p >= 0:
            nxt[p] = s
        if s < n:
            prev[s] = p
    print(" ".join(map(str, parent[1:])))


main()
