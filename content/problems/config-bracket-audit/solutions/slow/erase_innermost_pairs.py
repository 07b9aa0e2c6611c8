# Slow: keeps only the brackets, then erases adjacent "()", "[]", "{}" until nothing changes;
# each pass removes one nesting level, so 10^5-deep nesting needs 10^5 passes (quadratic).
import sys


def well_formed(snippet: str) -> bool:
    s = "".join(ch for ch in snippet if ch in "()[]{}")
    while True:
        shorter = s.replace("()", "").replace("[]", "").replace("{}", "")
        if shorter == s:
            return not s
        s = shorter


def main() -> None:
    lines = sys.stdin.read().split()
    t = int(lines[0])
    out = ["YES" if well_formed(s) else "NO" for s in lines[1 : 1 + t]]
    sys.stdout.write("\n".join(out) + "\n")


main()
