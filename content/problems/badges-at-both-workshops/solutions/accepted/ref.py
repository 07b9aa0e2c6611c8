# Complexity: O(n + m + r log r) time, n and m the lengths of the two logs: build two sets and
# intersect them, then sort the r common ids; O(n + m) memory for the sets.
class Solution:
    def seen_at_both(self, first: list[int], second: list[int]) -> list[int]:
        return sorted(set(first) & set(second))
