# Correct but O(m (n + m)): remove each link and test whether its ends are still connected.
class Solution:
    def critical_links(self, n, links):
        adj = [[] for _ in range(n)]
        for i, (a, b) in enumerate(links):
            adj[a].append((b, i))
            adj[b].append((a, i))
        out = []
        for i, (a, b) in enumerate(links):
            if a == b:
                continue
            seen = {a}
            stack = [a]
            found = False
            while stack and not found:
                v = stack.pop()
                for w, eid in adj[v]:
                    if eid != i and w not in seen:
                        if w == b:
                            found = True
                            break
                        seen.add(w)
                        stack.append(w)
            if not found:
                out.append([min(a, b), max(a, b)])
        return sorted(out)
