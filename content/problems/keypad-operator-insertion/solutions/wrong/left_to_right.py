class Solution:
    def reach_target(self, digits: str, target: int) -> list[str]:
        n = len(digits)
        found: list[str] = []

        def extend(pos: int, expr: str, value: int) -> None:
            if pos == n:
                if value == target:
                    found.append(expr)
                return
            end_limit = pos + 1 if digits[pos] == "0" else n
            for end in range(pos + 1, end_limit + 1):
                text = digits[pos:end]
                num = int(text)
                if pos == 0:
                    extend(end, text, num)
                    continue
                extend(end, expr + "+" + text, value + num)
                extend(end, expr + "-" + text, value - num)
                extend(end, expr + "*" + text, value * num)  # ignores precedence

        extend(0, "", 0)
        return found
