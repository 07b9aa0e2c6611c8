# Complexity: O(n + m) time, n = len(text), m = len(pattern): a sliding window where each index
# enters and leaves once; O(1) extra memory: counts for at most 52 letters.
from collections import Counter


class Solution:
    def shortest_excerpt(self, text: str, pattern: str) -> str:
        need = Counter(pattern)
        missing = len(pattern)
        left = 0
        best_start, best_len = 0, len(text) + 1
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
        return "" if best_len > len(text) else text[best_start : best_start + best_len]
