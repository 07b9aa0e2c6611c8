# Complexity: O(n log n) time, n = len(windows): sort by end, then one greedy sweep pinging at
# the end of each window not yet covered; O(n) memory for the sorted copy.
class Solution:
    def min_pings(self, windows: list[list[int]]) -> int:
        pings = 0
        last = None
        for start, end in sorted(windows, key=lambda w: w[1]):
            if last is None or start > last:
                pings += 1
                last = end
        return pings
