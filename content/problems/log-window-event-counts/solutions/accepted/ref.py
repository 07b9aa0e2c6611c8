from bisect import bisect_left, bisect_right


class Solution:
    def count_in_windows(self, timestamps: list[int], windows: list[list[int]]) -> list[int]:
        return [bisect_right(timestamps, hi) - bisect_left(timestamps, lo) for lo, hi in windows]
