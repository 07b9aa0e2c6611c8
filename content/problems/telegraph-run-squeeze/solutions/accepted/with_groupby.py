# Complexity: O(n) time, n = len(message): itertools.groupby yields each run once and its length
# is counted; O(n) memory for the output.
from itertools import groupby


class Solution:
    def squeeze_runs(self, message: str) -> str:
        out = []
        for letter, run in groupby(message):
            k = sum(1 for _ in run)
            out.append(letter if k == 1 else letter + str(k))
        return "".join(out)
