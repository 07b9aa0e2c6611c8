class Solution:
    def seen_at_both(self, first: list[int], second: list[int]) -> list[int]:
        # Correct but O(n * m): membership tests on a list.
        out = []
        for x in first:
            if x in second and x not in out[-1:]:
                out.append(x)
        return sorted(set(out))
