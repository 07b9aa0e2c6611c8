"""Wrong: "no ping yet" is the sentinel -10^9, the lowest stated start, so a window starting there
looks already covered and gets no ping."""


class Solution:
    def min_pings(self, windows: list[list[int]]) -> int:
        pings = 0
        last = -(10**9)
        for start, end in sorted(windows, key=lambda w: w[1]):
            if start > last:
                pings += 1
                last = end
        return pings
