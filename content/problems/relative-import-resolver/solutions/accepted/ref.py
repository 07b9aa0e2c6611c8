# Complexity: O(L) time per statement of length L (importlib.util.resolve_name does the
# arithmetic on the package name), O(total length) overall; O(L) extra memory.
import importlib.util


class Solution:
    def resolve_imports(self, module: str, is_package: bool, statements: list[str]) -> list[str]:
        # __package__ of the importing module: a package's __init__ is its own package,
        # a plain module belongs to its parent, and a script (or a top-level module) has none
        if module == "__main__":
            package = ""
        elif is_package:
            package = module
        else:
            package = module.rpartition(".")[0]
        out = []
        for st in statements:
            words = st.split()
            if words[0] == "import":
                # plain import statements only accept absolute names
                out.append("SyntaxError" if words[1].startswith(".") else words[1])
                continue
            target = words[1]
            if not target.startswith("."):
                out.append(target)
                continue
            try:
                out.append(importlib.util.resolve_name(target, package))
            except ImportError:
                out.append("ImportError")
        return out
