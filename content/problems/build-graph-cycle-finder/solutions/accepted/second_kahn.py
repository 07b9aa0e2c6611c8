# Complexity: O(n + m) time: Kahn's algorithm removes each target and rule once, then a walk
# along remaining prerequisites finds a repeat within n steps; O(n + m) memory.
#
# Kahn's algorithm; if some targets remain, walk prerequisites inside them until one repeats.
import sys
from collections import deque


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    adj = [[] for _ in range(n + 1)]
    indeg = [0] * (n + 1)
    for i in range(m):
        a, b = int(data[2 + 2 * i]), int(data[3 + 2 * i])
        adj[a].append(b)
        indeg[b] += 1
    q = deque(v for v in range(1, n + 1) if indeg[v] == 0)
    removed = [False] * (n + 1)
    while q:
        v = q.popleft()
        removed[v] = True
        for w in adj[v]:
            indeg[w] -= 1
            if indeg[w] == 0:
                q.append(w)
    rest = [v for v in range(1, n + 1) if not removed[v]]
    if not rest:
        print("OK")
        return
    # every remaining target has a remaining predecessor, so walk edges backwards
    pred = [0] * (n + 1)
    for a in range(1, n + 1):
        if not removed[a]:
            for b in adj[a]:
                if not removed[b]:
                    pred[b] = a
    pos = {}
    path = []
    v = rest[0]
    while v not in pos:
        pos[v] = len(path)
        path.append(v)
        v = pred[v]
    cyc = path[pos[v]:]  # each element's predecessor is the next one
    cyc.reverse()
    print(f"CYCLE {len(cyc)}")
    print(" ".join(map(str, cyc)))


main()
