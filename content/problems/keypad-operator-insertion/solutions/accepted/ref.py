# Complexity: O(4^(n-1) * n) time, n = len(digits): every gap gets no operator or one of +, -, *
# (at most 262144 expressions for n <= 10), each built in O(n); O(n) memory besides the output.
class Solution:
    def reach_target(self, digits: str, target: int) -> list[str]:
        n = len(digits)
        found: list[str] = []
        parts: list[str] = []

        def extend(pos: int, value: int, last: int) -> None:
            # value: value of the expression so far; last: its final multiplicative term
            if pos == n:
                if value == target:
                    found.append("".join(parts))
                return
            end_limit = pos + 1 if digits[pos] == "0" else n  # no leading zeros
            for end in range(pos + 1, end_limit + 1):
                text = digits[pos:end]
                num = int(text)
                if pos == 0:
                    parts.append(text)
                    extend(end, num, num)
                    parts.pop()
                    continue
                parts.append("+" + text)
                extend(end, value + num, num)
                parts[-1] = "-" + text
                extend(end, value - num, -num)
                parts[-1] = "*" + text
                extend(end, value - last + last * num, last * num)
                parts.pop()

        extend(0, 0, 0)
        return found
