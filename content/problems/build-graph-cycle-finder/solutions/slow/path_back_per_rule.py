# Correct but O(m (n + m)): for every rule a->b, search for a path from b back to a.
import sys
from collections import deque


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    adj = [[] for _ in range(n + 1)]
    rules = []
    for i in range(m):
        a, b = int(data[2 + 2 * i]), int(data[3 + 2 * i])
        adj[a].append(b)
        rules.append((a, b))
    for a, b in rules:
        if a == b:
            print("CYCLE 1")
            print(a)
            return
        par = {b: 0}
        q = deque([b])
        while q:
            v = q.popleft()
            if v == a:
                path = [a]
                while path[-1] != b:
                    path.append(par[path[-1]])
                path.reverse()  # b ... a, and a needs b closes the circle
                print(f"CYCLE {len(path)}")
                print(" ".join(map(str, path)))
                return
            for w in adj[v]:
                if w not in par:
                    par[w] = v
                    q.append(w)
    print("OK")


main()
