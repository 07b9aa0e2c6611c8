"""Random BSTs (random insertion order, height <= 100) with mixed queries."""
import json
import random
import sys
from collections import deque


def build_level_order(order):
    """Insert keys in the given order into a plain BST and return its level-order array."""
    left, right = {}, {}
    root = None
    for k in order:
        if root is None:
            root = k
            continue
        cur = root
        while True:
            side = left if k < cur else right
            if cur in side:
                cur = side[cur]
            else:
                side[cur] = k
                break
    if root is None:
        return [], 0
    out, q, height = [], deque([(root, 1)]), 0
    while q:
        k, d = q.popleft()
        if k is None:
            out.append(None)
            continue
        height = max(height, d)
        out.append(k)
        q.append((left.get(k), d + 1))
        q.append((right.get(k), d + 1))
    while out and out[-1] is None:
        out.pop()
    return out, height


def main():
    args = sys.argv[1:] or sys.stdin.read().split()
    # "stress S": a small random input for `problem check --stress`: the shape of one of
    # the small seeds 1..4, drawn from a stream of its own
    stress = int(args[1]) if args[0] == "stress" else None
    seed = int(args[0]) if stress is None else 1 + stress % 4
    rng = random.Random(seed if stress is None else f"stress-{stress}")
    if seed <= 4:
        n, q, span = rng.randint(1, 20), rng.randint(1, 20), 50
    elif seed <= 8:
        n, q, span = rng.randint(100, 1000), rng.randint(100, 1000), 10**6
    else:
        n, q, span = 2 * 10**4, 2 * 10**4, 10**9
    while True:
        keys = rng.sample(range(-span, span + 1), n)
        order = keys[:]
        rng.shuffle(order)
        if seed >= 11:
            # a tall spine first: a long sorted run pushed to the top of the tree
            spine = sorted(order[:70], reverse=(seed == 12))
            order = spine + order[70:]
        tree, height = build_level_order(order)
        if height <= 100:
            break
    qs = []
    for _ in range(q):
        r = rng.random()
        if r < 0.4:
            qs.append(rng.choice(keys))
        elif r < 0.9:
            qs.append(rng.randint(-span, span))
        else:
            qs.append(rng.choice([-10**9, 10**9, min(keys) - 1, max(keys) + 1]))
    print(json.dumps({"args": [tree, qs]}))


main()
