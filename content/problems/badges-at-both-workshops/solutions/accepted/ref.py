class Solution:
    def seen_at_both(self, first: list[int], second: list[int]) -> list[int]:
        return sorted(set(first) & set(second))
