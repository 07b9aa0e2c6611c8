class Solution:
    def seen_at_both(self, first: list[int], second: list[int]) -> list[int]:
        # Wrong: an id scanned twice at the first door is reported twice.
        other = set(second)
        return sorted(x for x in first if x in other)
