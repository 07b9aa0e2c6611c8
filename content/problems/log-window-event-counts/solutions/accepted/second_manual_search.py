# Complexity: O(q log n) time, n = len(timestamps), q = len(windows): two hand-written binary
# searches per window; O(1) extra memory besides the answers.
class Solution:
    def count_in_windows(self, timestamps, windows):
        ts = timestamps

        def first_at_least(x):
            lo, hi = 0, len(ts)  # answer in [lo, hi]
            while lo < hi:
                mid = (lo + hi) // 2
                if ts[mid] >= x:
                    hi = mid
                else:
                    lo = mid + 1
            return lo

        return [first_at_least(hi + 1) - first_at_least(lo) for lo, hi in windows]
