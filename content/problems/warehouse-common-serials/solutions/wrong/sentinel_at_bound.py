# Wrong: ends both lists with the sentinel 10**9 ("above every code"), but 10**9 is a valid code:
# a list ending in real 10**9 values meets the other list's sentinel as an equal part.
class Solution:
    def common_parts(self, first: list[int], second: list[int]) -> list[int]:
        INF = 10**9
        a, b = first + [INF], second + [INF]
        i = j = 0
        common: list[int] = []
        while i < len(first) or j < len(second):
            if a[i] < b[j]:
                i += 1
            elif a[i] > b[j]:
                j += 1
            else:
                common.append(a[i])
                i = min(i + 1, len(first))
                j = min(j + 1, len(second))
        return common
