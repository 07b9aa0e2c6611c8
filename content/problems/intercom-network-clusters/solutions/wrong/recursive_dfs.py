# Bug: recursive DFS; long chains exceed Python's recursion limit.
class Solution:
    def clusters(self, n, wires):
        adj = [[] for _ in range(n)]
        for a, b in wires:
            adj[a].append(b)
            adj[b].append(a)
        seen = [False] * n

        def dfs(v):
            seen[v] = True
            total = 1
            for w in adj[v]:
                if not seen[w]:
                    total += dfs(w)
            return total

        sizes = [dfs(v) for v in range(n) if not seen[v]]
        return [len(sizes), max(sizes)]
