# Bug: only flats that appear in some wire are considered; isolated flats are forgotten.
class Solution:
    def clusters(self, n, wires):
        adj = {}
        for a, b in wires:
            adj.setdefault(a, []).append(b)
            adj.setdefault(b, []).append(a)
        seen = set()
        count = largest = 0
        for start in adj:
            if start in seen:
                continue
            count += 1
            seen.add(start)
            stack, size = [start], 0
            while stack:
                v = stack.pop()
                size += 1
                for w in adj[v]:
                    if w not in seen:
                        seen.add(w)
                        stack.append(w)
            largest = max(largest, size)
        if count == 0:
            return [n, 1]
        return [count, largest]
