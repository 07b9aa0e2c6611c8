# Bug: any edge to an already visited target is taken as a circle (no grey/black distinction).
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    adj = [[] for _ in range(n + 1)]
    for i in range(m):
        adj[int(data[2 + 2 * i])].append(int(data[3 + 2 * i]))
    seen = [False] * (n + 1)
    parent = [0] * (n + 1)
    for root in range(1, n + 1):
        if seen[root]:
            continue
        seen[root] = True
        stack = [(root, 0)]
        while stack:
            v, i = stack.pop()
            if i < len(adj[v]):
                stack.append((v, i + 1))
                w = adj[v][i]
                if seen[w]:
                    cyc = [v]
                    while cyc[-1] != w and cyc[-1] != 0:
                        cyc.append(parent[cyc[-1]])
                    cyc = [x for x in cyc if x][::-1]
                    print(f"CYCLE {len(cyc)}")
                    print(" ".join(map(str, cyc)))
                    return
                seen[w] = True
                parent[w] = v
                stack.append((w, 0))
    print("OK")


main()
