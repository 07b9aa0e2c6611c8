# Bug: uses low[child] >= tin[parent], the articulation-point test, for bridges.
class Solution:
    def critical_links(self, n: int, links: list[list[int]]) -> list[list[int]]:
        adj = [[] for _ in range(n)]  # (neighbour, edge id)
        for i, (a, b) in enumerate(links):
            adj[a].append((b, i))
            adj[b].append((a, i))
        tin = [-1] * n
        low = [0] * n
        timer = 0
        bridges = []
        for root in range(n):
            if tin[root] != -1:
                continue
            tin[root] = low[root] = timer
            timer += 1
            # frames: vertex, id of the edge we arrived by, next adjacency index
            stack = [[root, -1, 0]]
            while stack:
                frame = stack[-1]
                v, in_edge, i = frame
                if i < len(adj[v]):
                    frame[2] = i + 1
                    w, eid = adj[v][i]
                    if eid == in_edge:
                        continue
                    if tin[w] == -1:
                        tin[w] = low[w] = timer
                        timer += 1
                        stack.append([w, eid, 0])
                    elif tin[w] < low[v]:
                        low[v] = tin[w]
                else:
                    stack.pop()
                    if stack:
                        p = stack[-1][0]
                        if low[v] < low[p]:
                            low[p] = low[v]
                        if low[v] >= tin[p]:  # Bug: articulation-point condition
                            bridges.append([p, v] if p < v else [v, p])
        bridges.sort()
        return bridges
