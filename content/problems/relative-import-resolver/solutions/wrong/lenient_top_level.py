class Solution:
    def resolve_imports(self, module, is_package, statements):
        package = "" if module == "__main__" else module if is_package else module.rpartition(".")[0]
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
            # Bug: too many dots are clamped to the top-level package instead of failing
            base = parts[:max(1, len(parts) - (level - 1))] if parts else []
            if not base:
                out.append("ImportError")
                continue
            rest = target[level:]
            out.append(".".join(base + ([rest] if rest else [])))
        return out
