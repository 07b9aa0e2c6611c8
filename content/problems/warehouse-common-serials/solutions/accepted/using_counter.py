# Complexity: O(n + m + k log k) time (k codes in common, sorted at the end), O(n + m) memory
# for the two counters.
from collections import Counter


class Solution:
    def common_parts(self, first: list[int], second: list[int]) -> list[int]:
        both = Counter(first) & Counter(second)  # keeps min(x, y) of every code
        return sorted(both.elements())
