# Complexity: O(n + m + b log b) time, m = len(links), b the number of bridges: one iterative
# DFS computing low-links, then sorting the bridges; O(n + m) memory.
class Solution:
    def critical_links(self, n: int, links: list[list[int]]) -> list[list[int]]:
        # half-edges: 2*i goes a->b, 2*i+1 goes b->a; h ^ 1 is the reverse half-edge
        to = []
        adj = [[] for _ in range(n)]
        for i, (a, b) in enumerate(links):
            adj[a].append(2 * i)
            adj[b].append(2 * i + 1)
            to.append(b)
            to.append(a)
        tin = [-1] * n
        low = [0] * n
        skip = [-1] * n  # reverse of the half-edge we arrived by (never go back along it)
        ptr = [0] * n    # next adjacency index to look at
        timer = 0
        bridges = []
        for root in range(n):
            if tin[root] != -1:
                continue
            tin[root] = low[root] = timer
            timer += 1
            stack = [root]
            while stack:
                v = stack[-1]
                edges = adj[v]
                i = ptr[v]
                child = -1
                while i < len(edges):
                    h = edges[i]
                    i += 1
                    if h == skip[v]:
                        continue
                    w = to[h]
                    if tin[w] == -1:
                        child = w
                        skip[w] = h ^ 1
                        break
                    if tin[w] < low[v]:
                        low[v] = tin[w]
                ptr[v] = i
                if child != -1:
                    tin[child] = low[child] = timer
                    timer += 1
                    stack.append(child)
                    continue
                stack.pop()
                if stack:
                    p = stack[-1]
                    if low[v] < low[p]:
                        low[p] = low[v]
                    if low[v] > tin[p]:
                        bridges.append([p, v] if p < v else [v, p])
        bridges.sort()
        return bridges
