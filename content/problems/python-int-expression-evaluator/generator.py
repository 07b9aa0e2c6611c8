import random
import sys

LIM = 1 << 62
OR, XOR, AND, SHIFT, ADD, MUL, UNARY, POW, ATOM = 1, 2, 3, 4, 5, 6, 7, 8, 9
LEVEL = {"|": OR, "^": XOR, "&": AND, "<<": SHIFT, ">>": SHIFT, "+": ADD, "-": ADD,
         "*": MUL, "//": MUL, "%": MUL, "**": POW}


class Gen:
    def __init__(self, rng, spaced):
        self.rng = rng
        self.spaced = spaced

    def sp(self):
        return " " if self.spaced and self.rng.random() < 0.5 else ""

    def wrap(self, node, need_paren):
        s, v, lvl = node
        if need_paren or (lvl == ATOM and self.rng.random() < 0.03):
            return ("(" + self.sp() + s + self.sp() + ")", v, ATOM)
        return node

    def literal(self):
        r = self.rng.random()
        if r < 0.6:
            v = self.rng.randint(0, 12)
        elif r < 0.9:
            v = self.rng.randint(0, 1000)
        else:
            v = self.rng.randint(0, 10**9)
        return (str(v), v, ATOM)

    def unary(self, node):
        op = self.rng.choice("--+~")
        s, v, lvl = self.wrap(node, node[2] < UNARY)
        nv = -v if op == "-" else v if op == "+" else ~v
        if abs(nv) >= LIM:
            return None
        return (op + self.sp() + s, nv, UNARY)

    def binary(self, op, a, b):
        va, vb = a[1], b[1]
        if op in ("//", "%") and vb == 0:
            return None
        if op in ("<<", ">>", "**") and not 0 <= vb <= 64:
            return None
        if op == "**" and abs(va) > 1 and vb * max(abs(va), 2).bit_length() > 62:
            return None
        if op == "<<" and va.bit_length() + vb > 62:
            return None
        if op == "*" and va.bit_length() + vb.bit_length() > 62:
            return None
        res = {
            "|": lambda: va | vb, "^": lambda: va ^ vb, "&": lambda: va & vb,
            "<<": lambda: va << vb, ">>": lambda: va >> vb, "+": lambda: va + vb,
            "-": lambda: va - vb, "*": lambda: va * vb, "//": lambda: va // vb,
            "%": lambda: va % vb, "**": lambda: va ** vb,
        }[op]()
        if abs(res) >= LIM:
            return None
        L = LEVEL[op]
        if op == "**":
            a = self.wrap(a, a[2] < ATOM)
            b = self.wrap(b, b[2] < UNARY)
        else:
            a = self.wrap(a, a[2] < L)
            b = self.wrap(b, b[2] <= L)
        return (a[0] + self.sp() + op + self.sp() + b[0], res, L)

    def tree(self, size):
        if size <= 1:
            node = self.literal()
            while self.rng.random() < 0.2:
                node = self.unary(node) or node
            return node
        k = self.rng.randint(1, size - 1)
        a, b = self.tree(k), self.tree(size - k)
        for _ in range(6):
            op = self.rng.choice(list(LEVEL) + ["+", "-", "*", "//", "%", "**"])
            if op == "**" or op in ("<<", ">>"):
                b2 = (str(self.rng.randint(0, 5)), None, ATOM)
                b2 = (b2[0], int(b2[0]), ATOM) if self.rng.random() < 0.7 else b
                node = self.binary(op, a, b2)
            else:
                node = self.binary(op, a, b)
            if node:
                if self.rng.random() < 0.1:
                    node = self.unary(node) or node
                return node
        return self.binary("+", a, b) or a

    def chain(self, length, piece):
        ops = self.rng.choice([["+", "-"], ["|"], ["^"], ["+", "-", "-"]])
        node = piece()
        while len(node[0]) < length:
            nxt = self.binary(self.rng.choice(ops), node, piece())
            if nxt:
                node = nxt
        return node

    def nest(self, depth, inner):
        node = inner
        for _ in range(depth):
            lit = self.literal()
            op = self.rng.choice(["+", "-", "^", "|", "&", "%", "//", "-u", "~u"])
            if op.endswith("u"):
                s, v, _ = self.wrap(node, True)
                nv = -v if op == "-u" else ~v
                node = (op[0] + s, nv, UNARY)
                continue
            wrapped = self.wrap(node, True)
            if self.rng.random() < 0.5 and op not in ("%", "//"):
                cand = self.binary(op, lit, wrapped)
            else:
                if op in ("%", "//") and lit[1] == 0:
                    lit = ("7", 7, ATOM)
                cand = self.binary(op, wrapped, lit)
            if cand:
                # keep the explicit parentheses even when precedence would not need them
                node = cand
            else:
                node = (wrapped[0], wrapped[1], ATOM)
        return node


def main():
    args = sys.argv[1:] or sys.stdin.read().split()
    # "stress S": a small random input for `problem check --stress`: the shape of one of
    # the small seeds 1..2, drawn from a stream of its own
    stress = int(args[1]) if args[0] == "stress" else None
    seed = int(args[0]) if stress is None else 1 + stress % 2
    rng = random.Random(seed if stress is None else f"stress-{stress}")
    g = Gen(rng, spaced=seed % 2 == 1)
    exprs = []
    if seed <= 6:
        for _ in range(rng.randint(5, 30 * seed)):
            exprs.append(g.tree(rng.randint(1, 6 * seed)))
        exprs.append(g.nest(rng.randint(1, 20 * seed), g.tree(5)))
    elif seed == 7:
        for _ in range(1000):
            exprs.append(g.tree(rng.randint(1, 40)))
    elif seed == 8:  # one very long flat chain
        exprs.append(g.chain(199_000, lambda: g.tree(rng.randint(1, 8))))
    elif seed == 9:  # very deep parentheses
        exprs.append(g.nest(1000, g.tree(20)))
        exprs.append(g.chain(150_000, lambda: g.tree(rng.randint(1, 4))))
    elif seed == 10:  # deep nests inside a long chain
        exprs.append(g.chain(190_000, lambda: g.nest(rng.randint(0, 600), g.tree(3))))
    elif seed == 12:  # maximum-length unary chains: one recursion frame per operator
        exprs.append(("-~" * 99_999 + "0", None, None))
        exprs.append(("~" * 99_999 + "5", None, None))
    elif seed == 13:  # maximum-length right-associative power chains
        exprs.append(("2" + "**1" * 66_665, None, None))
        exprs.append(("1 ** " * 19_999 + "0", None, None))
    elif seed == 14:  # the stated maximum depth, 1100, plainly and with unary minus inside
        exprs.append(("(" * 1100 + "7" + ")" * 1100, None, None))
        exprs.append(("(-" * 1100 + "3" + ")" * 1100 + "**2", None, None))
    else:
        for _ in range(300):
            exprs.append(g.tree(rng.randint(50, 300)))
    print(len(exprs))
    for s, _, _ in exprs:
        print(s)


main()
