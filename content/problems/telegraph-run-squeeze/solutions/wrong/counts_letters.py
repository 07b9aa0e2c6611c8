from collections import Counter


class Solution:
    def squeeze_runs(self, message: str) -> str:
        # Wrong: counts every letter in the whole message, merging separate runs.
        counts = Counter(message)
        out = []
        for letter in counts:  # insertion order = first appearance
            k = counts[letter]
            out.append(letter if k == 1 else letter + str(k))
        return "".join(out)
