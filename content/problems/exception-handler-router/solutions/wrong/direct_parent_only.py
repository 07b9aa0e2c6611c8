import builtins


class Solution:
    def route(self, handlers, raised):
        out = []
        for name in raised:
            exc_type = getattr(builtins, name)
            # Bug: only the class itself and its DIRECT bases are considered, so
            # ConnectionResetError is not caught by `except OSError`
            family = {exc_type.__name__} | {b.__name__ for b in exc_type.__bases__}
            status = "crash"
            for names, code in handlers:
                if family & set(names):
                    status = code
                    break
            out.append(status)
        return out
