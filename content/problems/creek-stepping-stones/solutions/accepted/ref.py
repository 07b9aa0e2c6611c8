# Complexity: O(n + c) time, c = len(cracked): one pass over the stones with a set of cracked
# ones; O(n) memory for the table of ways.
MOD = 10**9 + 7


class Solution:
    def count_crossings(self, n: int, cracked: list[int]) -> int:
        broken = set(cracked)
        ways = [0] * (n + 1)
        ways[0] = 1
        for i in range(1, n + 1):
            if i in broken:
                continue
            total = ways[i - 1]
            if i >= 2:
                total += ways[i - 2]
            if i >= 3:
                total += ways[i - 3]
            ways[i] = total % MOD
        return ways[n]
