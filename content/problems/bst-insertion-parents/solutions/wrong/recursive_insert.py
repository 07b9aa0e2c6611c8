# Bug: recursive insertion; hits Python's recursion limit on a deep (sorted) tree.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    a = list(map(int, data[1:1 + n]))
    left, right = {}, {}

    def insert(node, x):
        side = left if x < node else right
        if node in side:
            return insert(side[node], x)
        side[node] = x
        return node

    out = [insert(a[0], x) for x in a[1:]]
    print(" ".join(map(str, out)))


main()
