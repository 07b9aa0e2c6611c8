# Correct but O(size) per query.
import sys
from collections import Counter


def main():
    data = sys.stdin.buffer.read().split()
    q = int(data[0])
    inuse = Counter()
    out = []
    for i in range(q):
        op, x = data[1 + 2 * i], int(data[2 + 2 * i])
        if op == b"+":
            inuse[x] += 1
        elif op == b"-":
            inuse[x] -= 1
            if inuse[x] == 0:
                del inuse[x]
        else:
            out.append(max((x ^ y for y in inuse), default=-1))
    print("\n".join(map(str, out)))


main()
