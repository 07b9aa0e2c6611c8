class Solution:
    """max(own + 1, message): when the message is ahead, the receive gets the same timestamp
    as the send instead of a larger one."""

    def stamp(self, n: int, events: list[list]) -> list[int]:
        clock = [0] * n
        sent_at: dict[str, int] = {}
        out = []
        for event in events:
            kind, p = event[0], event[1]
            if kind == "recv":
                clock[p] = max(clock[p] + 1, sent_at[event[2]])
            else:
                clock[p] += 1
                if kind == "send":
                    sent_at[event[2]] = clock[p]
            out.append(clock[p])
        return out
