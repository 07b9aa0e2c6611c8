# Complexity: O(n + len(events)) time: one pass over the events, O(1) average per dictionary
# operation; O(n + number of messages) memory for the clocks and the sent timestamps.
class Solution:
    def stamp(self, n: int, events: list[list]) -> list[int]:
        clock = [0] * n
        sent_at: dict[str, int] = {}  # message id -> timestamp carried by the message
        out = []
        for event in events:
            kind, p = event[0], event[1]
            if kind == "recv":
                clock[p] = max(clock[p], sent_at[event[2]]) + 1
            else:
                clock[p] += 1
                if kind == "send":
                    sent_at[event[2]] = clock[p]
            out.append(clock[p])
        return out
