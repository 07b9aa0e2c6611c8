# Complexity: O(n + m) time, O(1) extra memory besides the answer: two pointers walk the
# sorted lists once.
class Solution:
    def common_parts(self, first: list[int], second: list[int]) -> list[int]:
        i = j = 0
        common: list[int] = []
        while i < len(first) and j < len(second):
            if first[i] < second[j]:
                i += 1
            elif first[i] > second[j]:
                j += 1
            else:
                common.append(first[i])
                i += 1
                j += 1
        return common
