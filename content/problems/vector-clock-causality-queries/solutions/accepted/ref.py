# Complexity: O(len(events) * n) time and memory to build a fresh vector per event, then O(1) per
# query: a -> b exactly when b's entry for a's process has reached a's own count.
class Solution:
    def relate(self, n: int, events: list[list], queries: list[list[int]]) -> list[str]:
        clock = [[0] * n for _ in range(n)]
        carried: dict[str, list[int]] = {}
        owner = []  # process of each event
        stamps = []  # vector timestamp of each event
        for event in events:
            kind, p = event[0], event[1]
            mine = clock[p]
            if kind == "recv":
                other = carried.pop(event[2])
                mine = [a if a >= b else b for a, b in zip(mine, other)]
            else:
                mine = mine[:]
            mine[p] += 1
            clock[p] = mine
            if kind == "send":
                carried[event[2]] = mine
            owner.append(p)
            stamps.append(mine)  # never mutated again: every event gets a fresh list
        answers = []
        for a, b in queries:
            if a == b:
                answers.append("same")
            elif stamps[a][owner[a]] <= stamps[b][owner[a]]:
                answers.append("before")  # b already knows about event a
            elif stamps[b][owner[b]] <= stamps[a][owner[b]]:
                answers.append("after")
            else:
                answers.append("concurrent")
        return answers
