# Complexity: O(n) time, n = len(wants): each fan's tickets bought before fan k finishes are
# counted in closed form (min with wants[k], or wants[k] - 1 behind k); O(1) extra memory.
class Solution:
    def finish_time(self, wants: list[int], k: int) -> int:
        t = wants[k]
        total = 0
        for i, w in enumerate(wants):
            total += min(w, t) if i <= k else min(w, t - 1)
        return total
