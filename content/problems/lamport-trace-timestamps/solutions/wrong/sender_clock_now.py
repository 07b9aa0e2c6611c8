class Solution:
    """On receive, looks at the sender's clock *now* instead of the timestamp the message carried."""

    def stamp(self, n: int, events: list[list]) -> list[int]:
        clock = [0] * n
        sender: dict[str, int] = {}
        out = []
        for event in events:
            kind, p = event[0], event[1]
            if kind == "recv":
                clock[p] = max(clock[p], clock[sender[event[2]]]) + 1
            else:
                clock[p] += 1
                if kind == "send":
                    sender[event[2]] = p
            out.append(clock[p])
        return out
