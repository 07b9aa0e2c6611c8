# Complexity: O(n log n) time: each of the n insertions recurses down and back up a path of height
# O(log n) (AVL), updating stored heights; O(n) memory for the nodes, O(log n) recursion depth.
#
# Textbook recursive AVL with node objects and stored heights.
import sys


class Node:
    __slots__ = ("key", "left", "right", "h")

    def __init__(self, key):
        self.key, self.left, self.right, self.h = key, None, None, 1


def h(n):
    return n.h if n else 0


def fix(n):
    n.h = 1 + max(h(n.left), h(n.right))


def rot_right(y):
    x = y.left
    y.left, x.right = x.right, y
    fix(y)
    fix(x)
    return x


def rot_left(x):
    y = x.right
    x.right, y.left = y.left, x
    fix(x)
    fix(y)
    return y


stats = [0, 0]


def insert(n, k):
    if n is None:
        return Node(k)
    if k == n.key:
        return n
    if k < n.key:
        n.left = insert(n.left, k)
    else:
        n.right = insert(n.right, k)
    fix(n)
    bf = h(n.left) - h(n.right)
    if bf > 1:
        if k < n.left.key:
            stats[0] += 1
            return rot_right(n)
        stats[1] += 1
        n.left = rot_left(n.left)
        return rot_right(n)
    if bf < -1:
        if k > n.right.key:
            stats[0] += 1
            return rot_left(n)
        stats[1] += 1
        n.right = rot_right(n.right)
        return rot_left(n)
    return n


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    root = None
    for t in data[1:1 + n]:
        root = insert(root, int(t))
    out, st = [], [root] if root else []
    while st:
        x = st.pop()
        out.append(x.key)
        if x.right:
            st.append(x.right)
        if x.left:
            st.append(x.left)
    print(stats[0], stats[1])
    print(h(root))
    print(" ".join(map(str, out)))


main()
