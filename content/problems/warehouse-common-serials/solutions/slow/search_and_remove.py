class Solution:
    def common_parts(self, first: list[int], second: list[int]) -> list[int]:
        remaining = list(second)
        common = []
        for code in first:
            for k in range(len(remaining)):  # linear search for an unmatched equal item
                if remaining[k] == code:
                    common.append(code)
                    remaining[k] = None
                    break
        return common
