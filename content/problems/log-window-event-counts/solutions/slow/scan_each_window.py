# Correct but O(n) per window.
class Solution:
    def count_in_windows(self, timestamps, windows):
        return [sum(1 for t in timestamps if lo <= t <= hi) for lo, hi in windows]
