# Wrong: translates the program to Python source and runs it with exec. The semantics are right,
# but CPython refuses more than 20 statically nested blocks in one function (SyntaxError), and
# the constraints allow 11 nested `try` statements with handlers and `finally`.
import sys


class Solution:
    def simulate(self, classes: list[list[str]], functions: dict, main: list) -> dict:
        names = {"BaseException": "BaseException", "Exception": "Exception", "RuntimeError": "RuntimeError"}
        lines = []
        for name, parent in classes:
            lines.append(f"class C_{name}({names[parent]}): pass")
            names[name] = f"C_{name}"

        def body(stmts: list, ind: int) -> None:
            pad = " " * ind
            if not stmts:
                lines.append(pad + "pass")
            for st in stmts:
                op = st[0]
                if op == "print":
                    lines.append(pad + f"OUT.append({st[1]!r})")
                elif op == "raise":
                    tail = ""
                    if len(st) > 2:
                        tail = " from sys.exc_info()[1]" if st[2] == "from" else " from None"
                    lines.append(pad + f"raise {names[st[1]]}(){tail}")
                elif op == "reraise":
                    lines.append(pad + "raise")
                elif op == "call":
                    lines.append(pad + f"OUT.append('{st[1]} -> ' + str(F_{st[1]}()))")
                elif op == "return":
                    lines.append(pad + f"return {st[1]!r}")
                elif op in ("break", "continue"):
                    lines.append(pad + op)
                elif op == "loop":
                    lines.append(pad + f"for _ in range({st[1]}):")
                    body(st[2], ind + 4)
                elif op == "try":
                    try_body, handlers, else_body, finally_body = st[1:]
                    lines.append(pad + "try:")
                    body(try_body, ind + 4)
                    for hn, hb in handlers:
                        caught = ", ".join(names[n] for n in hn) + "," if hn else "BaseException,"
                        lines.append(pad + f"except ({caught}):")
                        body(hb, ind + 4)
                    if else_body:
                        lines.append(pad + "else:")
                        body(else_body, ind + 4)
                    if finally_body:
                        lines.append(pad + "finally:")
                        body(finally_body, ind + 4)

        for fname, fbody in functions.items():
            lines.append(f"def F_{fname}():")
            body(fbody, 4)
        lines.append("def MAIN():")
        body(main, 4)
        scope: dict = {"sys": sys, "OUT": []}
        exec("\n".join(lines), scope)

        def name_of(e: BaseException) -> str:
            n = type(e).__name__
            return n[2:] if n.startswith("C_") else n

        try:
            r = scope["MAIN"]()
            result = ["finished"] if r is None else ["returned", r]
        except BaseException as e:
            chain = [name_of(e)]
            while True:
                if e.__cause__ is not None:
                    e = e.__cause__
                    chain += ["cause", name_of(e)]
                elif e.__context__ is not None and not e.__suppress_context__:
                    e = e.__context__
                    chain += ["context", name_of(e)]
                else:
                    break
            result = ["uncaught", chain]
        return {"output": scope["OUT"], "result": result}
