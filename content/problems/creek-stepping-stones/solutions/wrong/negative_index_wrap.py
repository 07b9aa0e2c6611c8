MOD = 10**9 + 7


class Solution:
    def count_crossings(self, n: int, cracked: list[int]) -> int:
        broken = set(cracked)
        ways = [0] * (n + 1)
        ways[0] = 1
        for i in range(1, n + 1):
            if i not in broken:
                # for i < 3 the negative indices wrap around to the end of the list
                ways[i] = (ways[i - 1] + ways[i - 2] + ways[i - 3]) % MOD
        return ways[n]
