# Complexity: O(n log n) time, n = len(windows): sort by start, then one sweep that shrinks the
# pending ping to the smallest end; O(n) memory for the sorted copy.
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
