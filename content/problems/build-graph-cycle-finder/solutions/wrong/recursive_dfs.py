# Bug: recursive three-colour DFS; overflows the recursion limit on long dependency chains.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    adj = [[] for _ in range(n + 1)]
    for i in range(m):
        adj[int(data[2 + 2 * i])].append(int(data[3 + 2 * i]))
    color = [0] * (n + 1)
    path = []

    def dfs(v):
        color[v] = 1
        path.append(v)
        for w in adj[v]:
            if color[w] == 1:
                return path[path.index(w):]
            if color[w] == 0:
                found = dfs(w)
                if found:
                    return found
        color[v] = 2
        path.pop()
        return None

    for v in range(1, n + 1):
        if color[v] == 0:
            cyc = dfs(v)
            if cyc:
                print(f"CYCLE {len(cyc)}")
                print(" ".join(map(str, cyc)))
                return
    print("OK")


main()
