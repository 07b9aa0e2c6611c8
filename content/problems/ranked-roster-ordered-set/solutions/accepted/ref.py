# Complexity: O(log n) time per call, n the values stored: an AVL tree whose nodes keep subtree
# sizes, so add, discard, kth and rank walk one path; O(n) memory.
from typing import Optional


class _Node:
    __slots__ = ("key", "left", "right", "height", "size")

    def __init__(self, key: int):
        self.key = key
        self.left: Optional["_Node"] = None
        self.right: Optional["_Node"] = None
        self.height = 1
        self.size = 1


def _h(n):
    return n.height if n else 0


def _s(n):
    return n.size if n else 0


def _pull(n):
    l, r = n.left, n.right
    hl = l.height if l else 0
    hr = r.height if r else 0
    n.height = 1 + (hl if hl > hr else hr)
    n.size = 1 + (l.size if l else 0) + (r.size if r else 0)


def _rot_right(y):
    x = y.left
    y.left = x.right
    x.right = y
    _pull(y)
    _pull(x)
    return x


def _rot_left(x):
    y = x.right
    x.right = y.left
    y.left = x
    _pull(x)
    _pull(y)
    return y


def _balance(n):
    _pull(n)
    bf = _h(n.left) - _h(n.right)
    if bf > 1:
        if _h(n.left.left) < _h(n.left.right):
            n.left = _rot_left(n.left)
        return _rot_right(n)
    if bf < -1:
        if _h(n.right.right) < _h(n.right.left):
            n.right = _rot_right(n.right)
        return _rot_left(n)
    return n


class RosterIndex:
    """Ordered set of distinct integers: an AVL tree whose nodes also store subtree sizes."""

    def __init__(self):
        self.root: Optional[_Node] = None

    def _insert(self, n, key):
        if n is None:
            return _Node(key)
        if key < n.key:
            n.left = self._insert(n.left, key)
        else:
            n.right = self._insert(n.right, key)
        return _balance(n)

    def _remove_min(self, n):
        if n.left is None:
            return n.right
        n.left = self._remove_min(n.left)
        return _balance(n)

    def _delete(self, n, key):
        if key < n.key:
            n.left = self._delete(n.left, key)
        elif key > n.key:
            n.right = self._delete(n.right, key)
        else:
            if n.left is None:
                return n.right
            if n.right is None:
                return n.left
            succ = n.right
            while succ.left:
                succ = succ.left
            succ.right = self._remove_min(n.right)
            succ.left = n.left
            n = succ
        return _balance(n)

    def _contains(self, key) -> bool:
        n = self.root
        while n:
            if key == n.key:
                return True
            n = n.left if key < n.key else n.right
        return False

    def add(self, x: int) -> bool:
        if self._contains(x):
            return False
        self.root = self._insert(self.root, x)
        return True

    def discard(self, x: int) -> bool:
        if not self._contains(x):
            return False
        self.root = self._delete(self.root, x)
        return True

    def kth(self, k: int) -> Optional[int]:
        n = self.root
        if k < 1 or k > _s(n):
            return None
        while n:
            ls = _s(n.left)
            if k <= ls:
                n = n.left
            elif k == ls + 1:
                return n.key
            else:
                k -= ls + 1
                n = n.right
        return None

    def rank(self, x: int) -> int:
        n, r = self.root, 0
        while n:
            if x <= n.key:
                n = n.left
            else:
                r += _s(n.left) + 1
                n = n.right
        return r

    def size(self) -> int:
        return _s(self.root)
