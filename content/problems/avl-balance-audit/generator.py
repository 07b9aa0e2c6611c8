"""BSTs for the balance audit: random insertion orders, balanced and Fibonacci (minimal AVL)
shapes, and AVL trees with grafted chains."""
import json
import random
import sys
from collections import deque


class Tree:
    def __init__(self):
        self.left, self.right, self.root = {}, {}, None

    def insert(self, k):
        if self.root is None:
            self.root = k
            return
        cur = self.root
        while True:
            side = self.left if k < cur else self.right
            if cur in side:
                cur = side[cur]
            else:
                side[cur] = k
                return

    def height(self):
        if self.root is None:
            return 0
        best, q = 0, deque([(self.root, 1)])
        while q:
            k, d = q.popleft()
            best = max(best, d)
            for c in (self.left.get(k), self.right.get(k)):
                if c is not None:
                    q.append((c, d + 1))
        return best

    def level_order(self):
        if self.root is None:
            return []
        out, q = [], deque([self.root])
        while q:
            k = q.popleft()
            if k is None:
                out.append(None)
                continue
            out.append(k)
            q.append(self.left.get(k))
            q.append(self.right.get(k))
        while out and out[-1] is None:
            out.pop()
        return out


def balanced_order(keys):
    """Insertion order (pre-order of the mid-split tree) that yields a perfectly balanced BST."""
    out, st = [], [(0, len(keys) - 1)]
    while st:
        lo, hi = st.pop()
        if lo > hi:
            continue
        mid = (lo + hi) // 2
        out.append(keys[mid])
        st.append((mid + 1, hi))
        st.append((lo, mid - 1))
    return out


def fib_order(keys):
    """Insertion order for a Fibonacci tree (minimal AVL tree: every inner node leans left by
    exactly one). len(keys) must be a Fibonacci-tree size 0, 1, 2, 4, 7, 12, 20, ..."""
    sizes = [0, 1]
    while sizes[-1] < len(keys):
        sizes.append(sizes[-1] + sizes[-2] + 1)
    index = {s: h for h, s in enumerate(sizes)}
    out, st = [], [(0, len(keys) - 1)]
    while st:
        lo, hi = st.pop()
        n = hi - lo + 1
        if n <= 0:
            continue
        h = index[n]
        mid = lo + (sizes[h - 1] if h >= 1 else 0)
        out.append(keys[mid])
        st.append((mid + 1, hi))
        st.append((lo, mid - 1))
    return out


def main():
    args = sys.argv[1:] or sys.stdin.read().split()
    # "stress S": a small random input for `problem check --stress`: the shape of one of
    # the small seeds 1..3, drawn from a stream of its own
    stress = int(args[1]) if args[0] == "stress" else None
    seed = int(args[0]) if stress is None else 1 + stress % 3
    rng = random.Random(seed if stress is None else f"stress-{stress}")
    n = {1: 8, 2: 12, 3: 15, 4: 1000, 5: 986, 6: 10**4, 7: 10**4, 8: 10**4, 9: 10**4, 10: 6764}[seed]
    keys = sorted(rng.sample(range(-10**9, 10**9 + 1), n))
    while True:
        t = Tree()
        if seed in (1, 2, 3, 6):  # random insertion order
            order = keys[:]
            rng.shuffle(order)
        elif seed == 4:
            order = balanced_order(keys)
        elif seed in (5, 10):
            order = fib_order(keys)
        elif seed == 7:  # balanced core, then a few late keys that make chains
            core = keys[::2]
            rest = keys[1::2]
            rng.shuffle(rest)
            order = balanced_order(core) + rest[: n // 20]
            keys = core + rest[: n // 20]
        elif seed == 8:  # balanced tree with one long sorted chain grafted at the right end
            body, chain = keys[: n - 150], keys[n - 150:]
            order = balanced_order(body) + chain
        else:  # seed 9: random order with sorted runs
            order = keys[:]
            rng.shuffle(order)
            for _ in range(10):
                i = rng.randrange(n - 100)
                order[i:i + 100] = sorted(order[i:i + 100])
        for k in order:
            t.insert(k)
        if t.height() <= 200:
            break
    print(json.dumps({"args": [t.level_order()]}))


main()
