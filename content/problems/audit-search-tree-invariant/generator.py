"""Trees for the ledger audit: a random-BST-shaped body under an optional tall spine,
values assigned in order (valid), then optionally one targeted corruption."""
import json
import random
import sys
from collections import deque


def make_shape(rng, n, spine):
    """Return (root, left, right) over node ids 0..n-1; height <= spine + random-tree height."""
    left = [-1] * n
    right = [-1] * n
    ids = iter(range(n))
    root = next(ids) if n else -1
    cur = root
    spine = min(spine, n - 1)
    body = n - 1 - spine
    for _ in range(spine):
        nxt = next(ids)
        if rng.random() < 0.5:
            left[cur] = nxt
        else:
            right[cur] = nxt
        cur = nxt
    # random-BST-shaped body of `body` nodes hanging under `cur`
    work = [(cur, body)]  # (node, size of its subtree excluding itself)
    while work:
        node, size = work.pop()
        if size == 0:
            continue
        lsz = rng.randint(0, size) if rng.random() < 0.5 else size // 2 + rng.randint(-1, 1)
        lsz = max(0, min(size, lsz))
        rsz = size - lsz
        if lsz:
            c = next(ids)
            left[node] = c
            work.append((c, lsz - 1))
        if rsz:
            c = next(ids)
            right[node] = c
            work.append((c, rsz - 1))
    return root, left, right


def inorder(root, left, right):
    out, st, node = [], [], root
    while st or node != -1:
        while node != -1:
            st.append(node)
            node = left[node]
        node = st.pop()
        out.append(node)
        node = right[node]
    return out


def main():
    args = sys.argv[1:] or sys.stdin.read().split()
    # "stress S": a small random input for `problem check --stress`: the shape of one of
    # the small seeds 1..4, drawn from a stream of its own
    stress = int(args[1]) if args[0] == "stress" else None
    seed = int(args[0]) if stress is None else 1 + stress % 4
    rng = random.Random(seed if stress is None else f"stress-{stress}")
    if seed <= 4:
        n, spine, dup, mode = rng.randint(2, 15), rng.randint(0, 4), 0.3, ["ok", "A", "B", "C"][seed - 1]
    elif seed <= 8:
        n, spine, dup, mode = rng.randint(1000, 5000), 100, 0.2, ["A", "B", "ok", "A2"][seed - 5]
    else:
        n = 2 * 10**5
        spine, dup, mode = {9: (450, 0.1, "ok"), 10: (300, 0.5, "ok"), 11: (400, 0.1, "A"),
                            12: (400, 0.1, "B"), 13: (200, 0.0, "ok"), 14: (460, 0.2, "ok")}[seed]
    while True:
        root, left, right = make_shape(rng, n, spine)
        order = inorder(root, left, right)
        # height check
        h, q = 0, deque([(root, 1)])
        while q:
            x, d = q.popleft()
            h = max(h, d)
            for c in (left[x], right[x]):
                if c != -1:
                    q.append((c, d + 1))
        if h <= 500:
            break
    val = [0] * n
    cur = rng.randint(-10**9, -5 * 10**8)
    step = max(1, min(4000, (10**9 - 10**8) // max(1, n)))
    for i, x in enumerate(order):
        if i and not (left[x] == -1 and rng.random() < dup):
            cur += rng.randint(1, step)
        val[x] = cur
    parent = [-1] * n
    for x in range(n):
        for c in (left[x], right[x]):
            if c != -1:
                parent[c] = x
    if mode in ("A", "A2"):
        # a leaf that is a right child and whose upper bound comes from a higher ancestor
        cands = []
        for x in range(n):
            if left[x] == -1 and right[x] == -1 and parent[x] != -1 and right[parent[x]] == x:
                a, c = parent[x], x
                while a != -1 and right[a] == c:
                    a, c = parent[a], a
                if a != -1:
                    cands.append((x, a))
        if cands:
            x, a = rng.choice(cands)
            val[x] = val[a] if mode == "A" else val[a] + 1
    elif mode == "B":
        cands = [x for x in range(n) if left[x] != -1]
        if cands:
            a = rng.choice(cands)
            p = left[a]
            while right[p] != -1:
                p = right[p]
            val[p] = val[a]
    elif mode == "C":
        x = rng.randrange(n)
        val[x] = rng.randint(-10**9, 10**9)
    out, q = [], deque([root])
    while q:
        x = q.popleft()
        if x == -1:
            out.append(None)
            continue
        out.append(val[x])
        q.append(left[x])
        q.append(right[x])
    while out and out[-1] is None:
        out.pop()
    print(json.dumps({"args": [out]}))


main()
