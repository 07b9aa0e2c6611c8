# Bug: the hand-written search looks in [0, n - 1] and can never answer "past the end".
class Solution:
    def count_in_windows(self, timestamps, windows):
        ts = timestamps
        if not ts:
            return [0] * len(windows)

        def first_at_least(x):
            lo, hi = 0, len(ts) - 1
            while lo < hi:
                mid = (lo + hi) // 2
                if ts[mid] >= x:
                    hi = mid
                else:
                    lo = mid + 1
            return lo

        return [first_at_least(hi + 1) - first_at_least(lo) for lo, hi in windows]
