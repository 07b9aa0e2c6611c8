class Solution:
    def min_pings(self, windows: list[list[int]]) -> int:
        pings = 0
        ping = None
        for start, end in sorted(windows):  # by start, ping at the first window's end
            if ping is None or start > ping:
                pings += 1
                ping = end  # never moved earlier for a nested window
        return pings
