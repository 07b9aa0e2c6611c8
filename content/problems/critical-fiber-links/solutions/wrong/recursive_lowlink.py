# Bug: recursive Tarjan; deep paths exceed Python's recursion limit.
class Solution:
    def critical_links(self, n, links):
        adj = [[] for _ in range(n)]
        for i, (a, b) in enumerate(links):
            adj[a].append((b, i))
            adj[b].append((a, i))
        tin = [-1] * n
        low = [0] * n
        out = []
        timer = [0]

        def dfs(v, in_edge):
            tin[v] = low[v] = timer[0]
            timer[0] += 1
            for w, eid in adj[v]:
                if eid == in_edge:
                    continue
                if tin[w] == -1:
                    dfs(w, eid)
                    low[v] = min(low[v], low[w])
                    if low[w] > tin[v]:
                        out.append(sorted((v, w)))
                else:
                    low[v] = min(low[v], tin[w])

        for v in range(n):
            if tin[v] == -1:
                dfs(v, -1)
        return sorted(out)
