class Solution:
    def min_pings(self, windows: list[list[int]]) -> int:
        # sweep by start; the pending ping must stay inside every window it is meant to answer
        pings = 0
        ping = None
        for start, end in sorted(windows):
            if ping is None or start > ping:
                pings += 1
                ping = end
            else:
                ping = min(ping, end)
        return pings
