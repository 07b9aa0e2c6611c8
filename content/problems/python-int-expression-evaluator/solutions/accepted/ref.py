# Complexity: O(L) time and memory for L input characters: every token is read once by a Pratt
# parser, and values stay below 2^62 so each operation is O(1); recursion up to the nesting.
import re
import sys

TOKEN = re.compile(r"\s*(?:(\d+)|(\*\*|//|<<|>>|[-+*%&|^~()]))")

# binding powers (higher binds tighter), following Python's operator precedence
BINARY = {
    "|": 1, "^": 2, "&": 3, "<<": 4, ">>": 4,
    "+": 5, "-": 5, "*": 6, "//": 6, "%": 6, "**": 8,
}
UNARY_BP = 7
APPLY = {
    "|": lambda a, b: a | b, "^": lambda a, b: a ^ b, "&": lambda a, b: a & b,
    "<<": lambda a, b: a << b, ">>": lambda a, b: a >> b,
    "+": lambda a, b: a + b, "-": lambda a, b: a - b,
    "*": lambda a, b: a * b, "//": lambda a, b: a // b, "%": lambda a, b: a % b,
    "**": lambda a, b: a ** b,
}


def tokenize(s):
    toks = []
    pos, n = 0, len(s.rstrip())
    while pos < n:
        m = TOKEN.match(s, pos)
        num, op = m.groups()
        toks.append(int(num) if num is not None else op)
        pos = m.end()
    toks.append(None)  # end marker
    return toks


class Parser:
    def __init__(self, toks):
        self.t = toks
        self.i = 0

    def expr(self, min_bp):
        tok = self.t[self.i]
        self.i += 1
        if tok == "(":
            left = self.expr(0)
            self.i += 1  # ')'
        elif tok in ("-", "+", "~"):
            v = self.expr(UNARY_BP)
            left = -v if tok == "-" else v if tok == "+" else ~v
        else:
            left = tok
        while True:
            op = self.t[self.i]
            bp = BINARY.get(op) if isinstance(op, str) else None
            if bp is None or bp <= min_bp:
                return left
            self.i += 1
            # '**' is right-associative and its right operand may start with a unary operator
            right = self.expr(UNARY_BP if op == "**" else bp)
            left = APPLY[op](left, right)


def main():
    # One frame per unary operator and per "**" of a right-associative chain: up to about 10^5.
    # Python 3.11 keeps Python-to-Python calls off the C stack, so a high limit is safe.
    sys.setrecursionlimit(10**6)
    data = sys.stdin.read().split("\n")
    t = int(data[0])
    out = []
    for line in data[1:1 + t]:
        out.append(str(Parser(tokenize(line)).expr(0)))
    sys.stdout.write("\n".join(out) + "\n")


main()
