# Complexity: O(n) time, n = len(message): one pass finding the end of every run; O(n) memory for
# the output.
class Solution:
    def squeeze_runs(self, message: str) -> str:
        parts: list[str] = []
        start = 0
        n = len(message)
        for i in range(1, n + 1):
            if i == n or message[i] != message[start]:
                length = i - start
                parts.append(message[start] if length == 1 else f"{message[start]}{length}")
                start = i
        return "".join(parts)
