# Complexity: O(q * n) time, q = len(queries): slice.indices normalises each query in O(1), and
# listing the picked indices costs up to n; O(q * n) memory for the output.
class Solution:
    def slice_picks(self, n: int, queries: list[list[int | None]]) -> list[list[int]]:
        # slice.indices() applies exactly the clamping rules list slicing uses.
        return [list(range(*slice(start, stop, step).indices(n))) for start, stop, step in queries]
