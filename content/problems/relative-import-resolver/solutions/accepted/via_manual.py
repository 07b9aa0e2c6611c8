# Complexity: O(L) time per statement of length L: count the leading dots and cut that many parts
# off the package name, O(total length) overall; O(L) extra memory.
class Solution:
    def resolve_imports(self, module, is_package, statements):
        if module == "__main__":
            package = ""
        elif is_package:
            package = module
        else:
            package = module.rpartition(".")[0]
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
            if level > len(parts):  # also covers "no package at all"
                out.append("ImportError")
                continue
            base = parts[:len(parts) - (level - 1)]
            rest = target[level:]
            out.append(".".join(base + ([rest] if rest else [])))
        return out
