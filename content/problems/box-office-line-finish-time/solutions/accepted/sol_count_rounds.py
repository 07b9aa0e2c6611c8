class Solution:
    def finish_time(self, wants: list[int], k: int) -> int:
        t = wants[k]
        total = 0
        for i, w in enumerate(wants):
            total += min(w, t) if i <= k else min(w, t - 1)
        return total
