# Complexity: O(r * h * k) time, r = len(raised), h handlers of at most k names: every exception
# is raised for real and re-raised against each handler in turn; O(k) extra memory per clause.
import builtins


class Solution:
    """Raise the real exception and let real except clauses decide."""

    def route(self, handlers, raised):
        out = []
        for name in raised:
            exc_type = getattr(builtins, name)
            if name == "ExceptionGroup":
                exc = ExceptionGroup("g", [ValueError()])
            elif name == "BaseExceptionGroup":  # with a non-Exception member it stays a Base group
                exc = BaseExceptionGroup("g", [KeyboardInterrupt()])
            else:
                exc = exc_type.__new__(exc_type)  # skip __init__: some need arguments
            status = "crash"
            try:
                raise exc
            except BaseException as caught:
                for names, code in handlers:
                    try:
                        raise caught
                    except tuple(getattr(builtins, n) for n in names):
                        status = code
                        break
                    except BaseException:
                        continue
            out.append(status)
        return out
