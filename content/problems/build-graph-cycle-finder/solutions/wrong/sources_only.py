# Bug: starts the DFS only from targets that nobody needs (in-degree 0).
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    adj = [[] for _ in range(n + 1)]
    indeg = [0] * (n + 1)
    for i in range(m):
        a, b = int(data[2 + 2 * i]), int(data[3 + 2 * i])
        adj[a].append(b)
        indeg[b] += 1
    color = [0] * (n + 1)
    parent = [0] * (n + 1)
    nxt = [0] * (n + 1)
    for root in range(1, n + 1):
        if color[root] or indeg[root]:
            continue
        color[root] = 1
        stack = [root]
        while stack:
            v = stack[-1]
            if nxt[v] < len(adj[v]):
                w = adj[v][nxt[v]]
                nxt[v] += 1
                if color[w] == 0:
                    color[w] = 1
                    parent[w] = v
                    stack.append(w)
                elif color[w] == 1:
                    cyc = [v]
                    while cyc[-1] != w:
                        cyc.append(parent[cyc[-1]])
                    cyc.reverse()
                    print(f"CYCLE {len(cyc)}")
                    print(" ".join(map(str, cyc)))
                    return
            else:
                color[v] = 2
                stack.pop()
    print("OK")


main()
