# Complexity: O(n + c) time, c = len(cracked): one pass over the stones keeping only the last
# three counts; O(c) memory for the set of cracked stones.
class Solution:
    def count_crossings(self, n: int, cracked: list[int]) -> int:
        mod = 10**9 + 7
        broken = set(cracked)
        a, b, c = 0, 0, 1  # ways to reach i-3, i-2, i-1 (virtual stones before 0 count 0)
        for i in range(1, n + 1):
            cur = 0 if i in broken else (a + b + c) % mod
            a, b, c = b, c, cur
        return c
