# Complexity: O((len(events) + len(queries)) * n) time: a fresh vector per event, then whole
# vectors compared entry-wise per query; O(len(events) * n) memory for the stamps.
class Solution:
    """Compares whole vectors: a -> b iff V(a) <= V(b) componentwise and V(a) != V(b)."""

    def relate(self, n: int, events: list[list], queries: list[list[int]]) -> list[str]:
        clock = [0] * n
        clocks = [clock[:] for _ in range(n)]
        carried = {}
        stamps = []
        for kind, p, *rest in events:
            v = clocks[p]
            if kind == "recv":
                m = carried[rest[0]]
                v = [max(x, y) for x, y in zip(v, m)]
            else:
                v = list(v)
            v[p] += 1
            clocks[p] = v
            if kind == "send":
                carried[rest[0]] = v
            stamps.append(tuple(v))
        out = []
        for a, b in queries:
            va, vb = stamps[a], stamps[b]
            if a == b:
                out.append("same")
            elif all(x <= y for x, y in zip(va, vb)):
                out.append("before")
            elif all(y <= x for x, y in zip(va, vb)):
                out.append("after")
            else:
                out.append("concurrent")
        return out
