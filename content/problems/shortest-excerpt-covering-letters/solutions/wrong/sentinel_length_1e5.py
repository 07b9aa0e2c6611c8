# Wrong: the "no excerpt yet" length is 10^5, the largest text length itself: a cover of the
# whole 10^5-letter text is never recorded, the answer becomes "".
from collections import Counter


class Solution:
    def shortest_excerpt(self, text: str, pattern: str) -> str:
        need = Counter(pattern)
        missing = len(pattern)
        left = 0
        best_start, best_len = 0, 10**5  # "longer than any excerpt"
        for right, ch in enumerate(text):
            if need[ch] > 0:
                missing -= 1
            need[ch] -= 1
            if missing == 0:
                while need[text[left]] < 0:
                    need[text[left]] += 1
                    left += 1
                if right - left + 1 < best_len:
                    best_start, best_len = left, right - left + 1
                need[text[left]] += 1
                missing += 1
                left += 1
        return "" if best_len == 10**5 else text[best_start : best_start + best_len]
