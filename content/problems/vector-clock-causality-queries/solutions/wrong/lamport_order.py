class Solution:
    """Orders events by Lamport timestamps: smaller is taken to mean "happened before"."""

    def relate(self, n: int, events: list[list], queries: list[list[int]]) -> list[str]:
        clock = [0] * n
        sent = {}
        ts = []
        for event in events:
            kind, p = event[0], event[1]
            if kind == "recv":
                clock[p] = max(clock[p], sent[event[2]]) + 1
            else:
                clock[p] += 1
                if kind == "send":
                    sent[event[2]] = clock[p]
            ts.append(clock[p])
        out = []
        for a, b in queries:
            if a == b:
                out.append("same")
            elif ts[a] < ts[b]:
                out.append("before")
            elif ts[a] > ts[b]:
                out.append("after")
            else:
                out.append("concurrent")
        return out
