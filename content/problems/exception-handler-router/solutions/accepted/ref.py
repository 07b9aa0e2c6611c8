# Complexity: O(r * h * k) time, r = len(raised), h handlers of at most k names: the first
# matching handler is found with issubclass (short MRO); O(h * k) memory for the compiled clauses.
import builtins


class Solution:
    def route(self, handlers: list[list], raised: list[str]) -> list:
        compiled = [(tuple(getattr(builtins, n) for n in names), status) for names, status in handlers]
        out = []
        for name in raised:
            exc_type = getattr(builtins, name)
            # like a chain of except clauses: the first clause whose classes include a base
            # class of the raised exception (the class itself counts) handles it
            out.append(next((status for classes, status in compiled if issubclass(exc_type, classes)), "crash"))
        return out
