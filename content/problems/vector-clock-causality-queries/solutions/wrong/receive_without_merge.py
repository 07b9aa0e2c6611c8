class Solution:
    """On receive only bumps its own entry and forgets to merge the message's vector."""

    def relate(self, n: int, events: list[list], queries: list[list[int]]) -> list[str]:
        clocks = [[0] * n for _ in range(n)]
        owner, stamps = [], []
        for event in events:
            p = event[1]
            v = clocks[p][:]
            v[p] += 1
            clocks[p] = v
            owner.append(p)
            stamps.append(v)
        out = []
        for a, b in queries:
            if a == b:
                out.append("same")
            elif stamps[a][owner[a]] <= stamps[b][owner[a]]:
                out.append("before")
            elif stamps[b][owner[b]] <= stamps[a][owner[b]]:
                out.append("after")
            else:
                out.append("concurrent")
        return out
