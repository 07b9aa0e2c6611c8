class Solution:
    def seen_at_both(self, first: list[int], second: list[int]) -> list[int]:
        # Wrong: keeps the order of the first log instead of sorting.
        other = set(second)
        out, seen = [], set()
        for x in first:
            if x in other and x not in seen:
                seen.add(x)
                out.append(x)
        return out
