# Bug: lower bound for hi too, so events exactly at hi are not counted.
from bisect import bisect_left


class Solution:
    def count_in_windows(self, timestamps, windows):
        return [bisect_left(timestamps, hi) - bisect_left(timestamps, lo) for lo, hi in windows]
