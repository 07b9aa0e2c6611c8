# Complexity: O(n + w) time, w = len(wires): one iterative DFS over every console and wire;
# O(n + w) memory for the adjacency lists.
class Solution:
    def clusters(self, n: int, wires: list[list[int]]) -> list[int]:
        adj = [[] for _ in range(n)]
        for a, b in wires:
            adj[a].append(b)
            adj[b].append(a)
        seen = [False] * n
        count = largest = 0
        for start in range(n):
            if seen[start]:
                continue
            count += 1
            seen[start] = True
            stack = [start]
            size = 0
            while stack:
                v = stack.pop()
                size += 1
                for w in adj[v]:
                    if not seen[w]:
                        seen[w] = True
                        stack.append(w)
            largest = max(largest, size)
        return [count, largest]
