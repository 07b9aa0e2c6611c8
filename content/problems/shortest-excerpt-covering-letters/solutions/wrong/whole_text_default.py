from collections import Counter


class Solution:
    def shortest_excerpt(self, text: str, pattern: str) -> str:
        need = Counter(pattern)
        missing = len(pattern)
        left = 0
        # Wrong: the "best so far" starts as the whole text, which is returned even when the
        # text cannot cover the pattern at all.
        best = text
        for right, ch in enumerate(text):
            if need[ch] > 0:
                missing -= 1
            need[ch] -= 1
            if missing == 0:
                while need[text[left]] < 0:
                    need[text[left]] += 1
                    left += 1
                if right - left + 1 < len(best):
                    best = text[left : right + 1]
                need[text[left]] += 1
                missing += 1
                left += 1
        return best
