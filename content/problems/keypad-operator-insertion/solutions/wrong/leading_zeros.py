class Solution:
    def reach_target(self, digits: str, target: int) -> list[str]:
        n = len(digits)
        found: list[str] = []

        def extend(pos: int, expr: str, value: int, last: int) -> None:
            if pos == n:
                if value == target:
                    found.append(expr)
                return
            for end in range(pos + 1, n + 1):  # allows numbers like "05"
                text = digits[pos:end]
                num = int(text)
                if pos == 0:
                    extend(end, text, num, num)
                    continue
                extend(end, expr + "+" + text, value + num, num)
                extend(end, expr + "-" + text, value - num, -num)
                extend(end, expr + "*" + text, value - last + last * num, last * num)

        extend(0, "", 0, 0)
        return found
