class Solution:
    """Builds the happened-before graph and searches it for every query."""

    def relate(self, n: int, events: list[list], queries: list[list[int]]) -> list[str]:
        succ = [[] for _ in events]
        last = [-1] * n
        send_index = {}
        for i, event in enumerate(events):
            p = event[1]
            if last[p] >= 0:
                succ[last[p]].append(i)
            last[p] = i
            if event[0] == "send":
                send_index[event[2]] = i
            elif event[0] == "recv":
                succ[send_index[event[2]]].append(i)

        def reaches(a: int, b: int) -> bool:
            if b < a:
                return False  # edges only go forward in the trace
            seen = {a}
            stack = [a]
            while stack:
                u = stack.pop()
                for v in succ[u]:
                    if v == b:
                        return True
                    if v < b and v not in seen:
                        seen.add(v)
                        stack.append(v)
            return False

        out = []
        for a, b in queries:
            if a == b:
                out.append("same")
            elif reaches(a, b):
                out.append("before")
            elif reaches(b, a):
                out.append("after")
            else:
                out.append("concurrent")
        return out
