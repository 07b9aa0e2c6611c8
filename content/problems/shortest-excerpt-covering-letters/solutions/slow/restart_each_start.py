from collections import Counter


class Solution:
    def shortest_excerpt(self, text: str, pattern: str) -> str:
        # Correct but O(n^2): from every start, extend until the pattern is covered.
        need = Counter(pattern)
        n = len(text)
        best_start, best_len = 0, n + 1
        for i in range(n):
            left_to_find = len(pattern)
            have: dict[str, int] = {}
            j = i
            while j < n and j - i < best_len:
                c = text[j]
                have[c] = have.get(c, 0) + 1
                if have[c] <= need.get(c, 0):
                    left_to_find -= 1
                    if left_to_find == 0:
                        break
                j += 1
            if left_to_find == 0 and j - i + 1 < best_len:
                best_start, best_len = i, j - i + 1
        return "" if best_len > n else text[best_start : best_start + best_len]
