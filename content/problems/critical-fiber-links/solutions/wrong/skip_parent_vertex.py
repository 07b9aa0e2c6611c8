# Bug: skips the parent *vertex* instead of the incoming *edge*; parallel links look critical.
class Solution:
    def critical_links(self, n, links):
        adj = [[] for _ in range(n)]
        for a, b in links:
            adj[a].append(b)
            adj[b].append(a)
        tin = [-1] * n
        low = [0] * n
        timer = 0
        bridges = []
        for root in range(n):
            if tin[root] != -1:
                continue
            tin[root] = low[root] = timer
            timer += 1
            stack = [[root, -1, 0]]  # vertex, parent vertex, next index
            while stack:
                frame = stack[-1]
                v, parent, i = frame
                if i < len(adj[v]):
                    frame[2] = i + 1
                    w = adj[v][i]
                    if w == parent:
                        continue
                    if tin[w] == -1:
                        tin[w] = low[w] = timer
                        timer += 1
                        stack.append([w, v, 0])
                    else:
                        low[v] = min(low[v], tin[w])
                else:
                    stack.pop()
                    if stack:
                        p = stack[-1][0]
                        low[p] = min(low[p], low[v])
                        if low[v] > tin[p]:
                            bridges.append(sorted((p, v)))
        return sorted(bridges)
