# Complexity: O(S * Q) time in the worst case, S the statements and Q = len(queries): a module
# body runs once per successful import, a failed one may run again for a later query, plus
# sorting each answer; O(S) memory for the loaded namespaces.
class _Fail(Exception):
    def __init__(self, kind):
        super().__init__(kind)
        self.kind = kind  # "ImportError" or "AttributeError"


class Solution:
    def star_exports(self, modules: dict, queries: list[str]) -> list:
        loaded = {}  # sys.modules: name -> namespace dict
        MODULE = "<module>"

        def import_module(name):
            if name in loaded:
                return loaded[name]
            parent, _, last = name.rpartition(".")
            if parent:
                import_module(parent)
                if name in loaded:  # importing the parent may already have imported us
                    return loaded[name]
            ns = {}
            loaded[name] = ns
            try:
                for st in modules[name]:
                    execute(ns, st)
            except _Fail:
                del loaded[name]  # a failed import leaves no module behind
                raise
            if parent:
                loaded[parent][last] = (MODULE, name)  # a submodule becomes an attribute
            return ns

        def from_import(mod, names, into):
            ns = import_module(mod)
            for n in names:
                if n in ns:
                    into[n] = ns[n]
                elif f"{mod}.{n}" in modules:
                    # `from pkg import sub` falls back to importing the submodule pkg.sub
                    import_module(f"{mod}.{n}")
                    into[n] = (MODULE, f"{mod}.{n}")
                else:
                    raise _Fail("ImportError")

        def star(mod, into):
            ns = import_module(mod)
            if "__all__" in ns:
                names = ns["__all__"]
                # first import every listed submodule that is not an attribute yet (in order;
                # a failing import propagates), then every listed name must exist
                for n in names:
                    if n not in ns and f"{mod}.{n}" in modules:
                        import_module(f"{mod}.{n}")
                if any(n not in ns for n in names):
                    raise _Fail("AttributeError")
            else:
                names = [n for n in ns if not n.startswith("_")]
            bound = []
            for n in names:
                into[n] = ns[n]
                bound.append(n)
            return bound

        def execute(ns, st):
            op = st[0]
            if op == "def":
                ns[st[1]] = ("object", st[1])
            elif op == "import":
                target, alias = st[1], st[2] if len(st) > 2 else None
                import_module(target)
                top = target.split(".")[0]
                # `import a.b` (with or without `as`) evaluates to the top-level package, which
                # Python imports again if it is missing (a failed parent with a cached child)
                import_module(top)
                if alias:
                    ns[alias] = (MODULE, target)
                else:
                    ns[top] = (MODULE, top)
            elif op == "from":
                from_import(st[1], st[2], ns)
            elif op == "star":
                star(st[1], ns)
            elif op == "all":
                ns["__all__"] = list(st[1])
            elif op == "del":
                del ns[st[1]]

        out = []
        for q in queries:
            try:
                out.append(sorted(set(star(q, {}))))
            except _Fail as e:
                out.append(e.kind)
        return out
