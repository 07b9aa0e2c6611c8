# Complexity: O(q log n) time, n = len(timestamps), q = len(windows): two bisections per window;
# O(1) extra memory besides the answers.
from bisect import bisect_left, bisect_right


class Solution:
    def count_in_windows(self, timestamps: list[int], windows: list[list[int]]) -> list[int]:
        return [bisect_right(timestamps, hi) - bisect_left(timestamps, lo) for lo, hi in windows]
