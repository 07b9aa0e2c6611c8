class Solution:
    def finish_time(self, wants: list[int], k: int) -> int:
        # Wrong: fans behind k are also counted for the full t rounds.
        t = wants[k]
        return sum(min(w, t) for w in wants)
