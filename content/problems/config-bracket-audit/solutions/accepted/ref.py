# Complexity: O(total length) time: one pass with a stack per snippet; O(L) memory for the stack
# of a snippet of length L, besides the input.
import sys

PAIRS = {")": "(", "]": "[", "}": "{"}
OPENING = set(PAIRS.values())


def well_formed(snippet: str) -> bool:
    stack: list[str] = []
    for ch in snippet:
        if ch in OPENING:
            stack.append(ch)
        elif ch in PAIRS:
            if not stack or stack[-1] != PAIRS[ch]:
                return False
            stack.pop()
    return not stack


def main() -> None:
    lines = sys.stdin.read().split()
    t = int(lines[0])
    out = ["YES" if well_formed(s) else "NO" for s in lines[1 : 1 + t]]
    sys.stdout.write("\n".join(out) + "\n")


main()
