# Complexity: O(S * d) time, S the executed statements and d the nesting depth: each statement is
# mapped onto the real Python construct, an exception unwinds through at most d frames and the
# handler test walks a short MRO; O(d) recursion depth besides the program and the output.
import sys


class _SimRoot(BaseException):
    """Every simulated exception class derives from this real class."""


class Solution:
    """Map every construct of the little language onto the same real Python construct, so
    that Python itself applies its rules for finally, else, context and cause chaining.
    Control flow (return/break/continue) travels as return values, never as exceptions, so
    it cannot disturb the exception state."""

    def simulate(self, classes, functions, main):
        cls = {"BaseException": type("BaseException", (_SimRoot,), {})}
        cls["Exception"] = type("Exception", (cls["BaseException"],), {})
        cls["RuntimeError"] = type("RuntimeError", (cls["Exception"],), {})
        for name, parent in classes:
            cls[name] = type(name, (cls[parent],), {})
        out = []

        def run(body):
            for st in body:
                r = step(st)
                if r is not None:
                    return r  # ("return", v) / ("break",) / ("continue",)
            return None

        def step(st):
            op = st[0]
            if op == "print":
                out.append(st[1])
            elif op == "raise":
                exc = cls[st[1]]()
                mode = st[2] if len(st) > 2 else None
                if mode == "from":
                    raise exc from sys.exc_info()[1]
                if mode == "from_none":
                    raise exc from None
                raise exc
            elif op == "reraise":
                if sys.exc_info()[1] is None:
                    raise cls["RuntimeError"]()
                raise
            elif op == "call":
                r = run(functions[st[1]])
                out.append(f"{st[1]} -> {r[1] if r else None}")
            elif op == "return":
                return ("return", st[1])
            elif op in ("break", "continue"):
                return (op,)
            elif op == "loop":
                for _ in range(st[1]):
                    r = run(st[2])
                    if r == ("break",):
                        break
                    if r is not None and r[0] == "return":
                        return r
            elif op == "try":
                return run_try(*st[1:])
            return None

        def run_try(body, handlers, else_body, finally_body):
            try:
                r = run(body)
            except _SimRoot as e:
                for names, hbody in handlers:
                    if not names or isinstance(e, tuple(cls[n] for n in names)):
                        r = run(hbody)
                        break
                else:
                    raise
            else:
                if r is None and else_body:
                    r = run(else_body)
            finally:
                if finally_body:
                    rf = run(finally_body)
                    if rf is not None:
                        return rf  # return/break/continue in finally discards what was pending
            return r

        try:
            r = run(main)
            result = ["returned", r[1]] if r else ["finished"]
        except _SimRoot as e:
            chain = [type(e).__name__]
            while True:
                if e.__cause__ is not None:
                    e = e.__cause__
                    chain += ["cause", type(e).__name__]
                elif e.__context__ is not None and not e.__suppress_context__:
                    e = e.__context__
                    chain += ["context", type(e).__name__]
                else:
                    break
            result = ["uncaught", chain]
        return {"output": out, "result": result}
