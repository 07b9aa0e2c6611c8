class Solution:
    def resolve_imports(self, module, is_package, statements):
        # Bug: always starts from the module's parent, even for a package's __init__, whose
        # `from . import x` means "x inside this very package"
        package = "" if module == "__main__" else module.rpartition(".")[0]
        out = []
        for st in statements:
            kind, target = st.split()[:2]
            if kind == "import":
                out.append("SyntaxError" if target.startswith(".") else target)
                continue
            level = len(target) - len(target.lstrip("."))
            if level == 0:
                out.append(target)
                continue
            parts = package.split(".") if package else []
            if level > len(parts):
                out.append("ImportError")
                continue
            base = parts[:len(parts) - (level - 1)]
            rest = target[level:]
            out.append(".".join(base + ([rest] if rest else [])))
        return out
