MOD = 10**9 + 7


class Solution:
    def count_crossings(self, n: int, cracked: list[int]) -> int:
        ways = [0] * (n + 1)
        ways[0] = 1
        for i in range(1, n + 1):
            if i in cracked:  # linear search in a list: O(len(cracked)) per stone
                continue
            ways[i] = (ways[i - 1] + (ways[i - 2] if i >= 2 else 0) + (ways[i - 3] if i >= 3 else 0)) % MOD
        return ways[n]
