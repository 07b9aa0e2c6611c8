# Complexity: O(E * S) time in the worst case, E = len(entries), S the total number of
# statements: a module that loads runs its body once, but a failed one may run again for a later
# entry; O(S + T) memory, T the trace length, plus recursion as deep as the import chain.
import sys


class _ImportFailure(Exception):
    def __init__(self, info):
        super().__init__(info)
        self.info = info  # [kind, module, name, partially_initialized]


class Solution:
    def import_trace(self, modules: dict, entries: list[str]) -> dict:
        sys.setrecursionlimit(100000)
        sys_modules = {}    # name -> namespace dict (the module object)
        initializing = set()  # ids of namespaces whose body is still running
        trace = []

        def import_module(name):
            if name in sys_modules:
                return sys_modules[name]  # even if it is only partially initialized
            ns = {}
            sys_modules[name] = ns  # registered BEFORE the body runs
            initializing.add(id(ns))
            trace.append(["start", name])
            try:
                for st in modules[name]:
                    execute(ns, st)
            except _ImportFailure:
                del sys_modules[name]
                trace.append(["fail", name])
                raise
            finally:
                initializing.discard(id(ns))
            trace.append(["done", name])
            return ns

        def execute(ns, st):
            op = st[0]
            if op == "def":
                ns[st[1]] = ("function", st[1])
            elif op == "import":
                ns[st[1]] = ("module", import_module(st[1]))
            elif op == "from":
                mod = import_module(st[1])
                for n in st[2]:
                    if n not in mod:
                        raise _ImportFailure(["ImportError", st[1], n, id(mod) in initializing])
                    ns[n] = mod[n]
            elif op == "use":
                mod = ns[st[1]][1]  # the module object bound by an earlier import
                if st[2] not in mod:
                    raise _ImportFailure(["AttributeError", st[1], st[2], id(mod) in initializing])

        results = []
        for e in entries:
            try:
                import_module(e)
                results.append("ok")
            except _ImportFailure as f:
                results.append(f.info)
        return {"trace": trace, "results": results}
