class Solution:
    def common_parts(self, first: list[int], second: list[int]) -> list[int]:
        return sorted(set(first) & set(second))  # each code at most once
