class Solution:
    def min_pings(self, windows: list[list[int]]) -> int:
        pending = [list(w) for w in windows]
        pings = 0
        while pending:
            t = min(end for _, end in pending)  # earliest end among the unanswered
            pending = [w for w in pending if not (w[0] <= t <= w[1])]
            pings += 1
        return pings
