# Correct but O(n^2).
class Solution:
    def count_inversions(self, scores):
        n = len(scores)
        count = 0
        for i in range(n):
            si = scores[i]
            for j in range(i + 1, n):
                if si > scores[j]:
                    count += 1
        return count
