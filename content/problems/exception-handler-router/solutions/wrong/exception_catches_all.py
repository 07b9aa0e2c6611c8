import builtins


class Solution:
    def route(self, handlers, raised):
        out = []
        for name in raised:
            exc_type = getattr(builtins, name)
            status = "crash"
            for names, code in handlers:
                classes = tuple(getattr(builtins, n) for n in names)
                # Bug: believes `except Exception` catches everything, including
                # KeyboardInterrupt, SystemExit and GeneratorExit
                if "Exception" in names or issubclass(exc_type, classes):
                    status = code
                    break
            out.append(status)
        return out
