"""What a test child runs in each mode, and the zygote-side check of each mode's payload.

Payloads come from the problem author (trusted) and are parsed once in the zygote before the
fork; everything below `run_*` executes in the confined child with learner code loaded.
json, nodes, asyncio and sqlite3 are imported by the zygote only for the modes that need them.
"""

from __future__ import annotations

import sys
import types

from .failures import SOURCE_FILENAME, LearnerError

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable
    from typing import Any

STDIO = "stdio"
FUNCTION = "function"
DESIGN = "design"
SQL = "sql"
CHECKER = "checker"
MODES = (STDIO, FUNCTION, DESIGN, SQL, CHECKER)

# sqlite3 authorizer action codes and answers.
_SQLITE_ATTACH = 24
_SQLITE_DETACH = 25
_SQLITE_FUNCTION = 31
_SQLITE_OK = 0
_SQLITE_DENY = 1


class PayloadError(ValueError):
    """The author's payload does not fit the mode (an internal error, never the learner's)."""


class SetupError(Exception):
    """The author's schema or data failed in sql mode, where no learner code can run."""


class Program:
    __slots__ = ("code", "entry", "mode", "module", "params", "returns", "schema_sql", "source")

    def __init__(
        self,
        mode: str,
        source: str,
        code: types.CodeType | None,
        entry: str | None = None,
        params: tuple[str, ...] = (),
        returns: str = "json",
        schema_sql: str | None = None,
    ) -> None:
        self.mode = mode
        self.source = source
        self.code = code
        self.entry = entry
        self.params = params
        self.returns = returns
        self.schema_sql = schema_sql
        self.module: types.ModuleType | None = None

    def premake_module(self) -> None:
        """Create (in the zygote) the module the learner's code will run in. Every child gets
        its own copy through fork, so it is still fresh, and the child is spared the work."""
        name = {STDIO: "__main__", CHECKER: "checker"}.get(self.mode, "solution")
        module = types.ModuleType(name)
        module.__file__ = SOURCE_FILENAME
        if self.mode != STDIO:
            from .nodes import ListNode, TreeNode

            module.ListNode = ListNode  # type: ignore[attr-defined]
            module.TreeNode = TreeNode  # type: ignore[attr-defined]
        sys.modules[name] = module
        self.module = module


def _refuse_constant(name: str) -> Any:
    raise PayloadError(f"{name} is not valid JSON")


def prepare(program: Program, payload: bytes | bytearray) -> Any:
    """Parse and check a payload in the zygote; raises PayloadError."""
    if program.mode == STDIO:
        return payload
    import json

    try:
        data = json.loads(payload, parse_constant=_refuse_constant)
    except ValueError as exc:
        raise PayloadError(f"payload is not JSON: {exc}") from exc
    if not isinstance(data, dict):
        raise PayloadError("payload must be a JSON object")
    if program.mode == FUNCTION:
        args = data.get("args")
        if not isinstance(args, list):
            raise PayloadError('function payload needs "args": [...]')
        if program.params and len(program.params) != len(args):
            raise PayloadError(f"{len(args)} args but params lists {len(program.params)}")
    elif program.mode == DESIGN:
        ops, args = data.get("ops"), data.get("args")
        if not isinstance(ops, list) or not isinstance(args, list) or not ops:
            raise PayloadError('design payload needs non-empty "ops" and "args" lists')
        if len(ops) != len(args) or not all(isinstance(op, str) for op in ops):
            raise PayloadError("design ops must be names, one args list per op")
        if not all(isinstance(a, list) for a in args):
            raise PayloadError("each design args entry must be a list")
    elif program.mode == SQL:
        if not isinstance(data.get("data_sql"), str | None):
            raise PayloadError('sql payload needs "data_sql": string or null')
    elif program.mode == CHECKER and not {"input", "expected", "actual"} <= data.keys():
        raise PayloadError('checker payload needs "input", "expected" and "actual"')
    return data


def _module(program: Program) -> dict[str, Any]:
    """Execute the learner's code in its premade module; returns the module's namespace."""
    assert program.code is not None
    assert program.module is not None
    namespace = program.module.__dict__
    exec(program.code, namespace)  # noqa: S102 - this is the sandboxed learner code
    return namespace


def run_stdio(program: Program) -> None:
    _module(program)


class Awaiter:
    """Awaits what the learner returns when it is awaitable; one event loop per test, so
    loop-bound objects made by one design call keep working in the next."""

    def __init__(self) -> None:
        self._runner: Any = None

    def settle(self, value: Any) -> Any:
        if not (isinstance(value, types.CoroutineType) or hasattr(type(value), "__await__")):
            return value
        import asyncio

        if self._runner is None:
            self._runner = asyncio.Runner()

        async def wait() -> Any:
            return await value

        return self._runner.run(wait())

    def close(self) -> None:
        if self._runner is not None:
            self._runner.close()


def _lookup(namespace: dict[str, Any], name: str, what: str) -> Any:
    if name not in namespace:
        raise LearnerError(f"{what} {name!r} is not defined")
    return namespace[name]


def _method(obj: Any, name: str) -> Callable[..., Any]:
    try:
        method = getattr(obj, name)
    except AttributeError:
        raise LearnerError(f"{type(obj).__name__} has no method {name!r}") from None
    if not callable(method):
        raise LearnerError(f"{type(obj).__name__}.{name} is not callable")
    return method  # type: ignore[no-any-return]


def run_function(program: Program, data: dict[str, Any]) -> Any:
    from .nodes import TO_JSON, TO_PYTHON

    namespace = _module(program)
    solution = _lookup(namespace, "Solution", "class")()
    assert program.entry is not None
    method = _method(solution, program.entry)
    args = data["args"]
    kinds = program.params or ("json",) * len(args)
    converted = [TO_PYTHON[kind](arg) for kind, arg in zip(kinds, args, strict=True)]
    awaiter = Awaiter()
    try:
        result = awaiter.settle(method(*converted))
    finally:
        awaiter.close()
    return TO_JSON[program.returns](result)


def run_design(program: Program, data: dict[str, Any]) -> list[Any]:
    namespace = _module(program)
    name = program.entry or data["ops"][0]
    cls = _lookup(namespace, name, "class")
    ops, args = data["ops"], data["args"]
    awaiter = Awaiter()
    try:
        instance = cls(*args[0])
        results: list[Any] = [None]
        for op, op_args in zip(ops[1:], args[1:], strict=True):
            results.append(awaiter.settle(_method(instance, op)(*op_args)))
    finally:
        awaiter.close()
    return results


def _sql_authorizer(action: int, arg1: str | None, *_: object) -> int:
    if action in (_SQLITE_ATTACH, _SQLITE_DETACH):
        return _SQLITE_DENY
    if action == _SQLITE_FUNCTION and arg1 and arg1.lower() == "load_extension":
        return _SQLITE_DENY
    return _SQLITE_OK


def run_sql(program: Program, data: dict[str, Any]) -> dict[str, Any]:
    import sqlite3

    query = program.source
    if not query.strip():
        raise LearnerError("the query is empty")
    connection = sqlite3.connect(":memory:")
    try:
        connection.set_authorizer(_sql_authorizer)
        try:
            if program.schema_sql:
                connection.executescript(program.schema_sql)
            if data.get("data_sql"):
                connection.executescript(data["data_sql"])
        except sqlite3.Error as exc:
            raise SetupError(f"schema or data failed: {exc}") from None
        try:
            cursor = connection.execute(query)
            rows = cursor.fetchall()
        except (sqlite3.Error, sqlite3.Warning) as exc:
            raise LearnerError(f"{type(exc).__name__}: {exc}") from None
        columns = [column[0] for column in cursor.description or ()]
        return {"columns": columns, "rows": [[_sql_value(v) for v in row] for row in rows]}
    finally:
        connection.close()


def _sql_value(value: Any) -> Any:
    # BLOBs have no JSON form; hex keeps them comparable.
    return value.hex() if isinstance(value, bytes) else value


def run_checker(program: Program, data: dict[str, Any]) -> list[Any]:
    namespace = _module(program)
    check = _lookup(namespace, "check", "function")
    verdict = check(data["input"], data["expected"], data["actual"])
    if isinstance(verdict, bool):
        return [verdict, ""]
    if (
        isinstance(verdict, tuple | list)
        and len(verdict) == 2
        and isinstance(verdict[0], bool)
        and isinstance(verdict[1], str)
    ):
        return [verdict[0], verdict[1]]
    raise LearnerError("check() must return a bool or a (bool, str) tuple")


def serialise(value: Any) -> bytes:
    """JSON text of a result, made inside the child so only text leaves the sandbox."""
    import json

    try:
        return json.dumps(value, allow_nan=False, separators=(",", ":")).encode("ascii")
    except (TypeError, ValueError, RecursionError) as exc:
        raise LearnerError(f"the result is not JSON serialisable: {exc}") from None


RUNNERS: dict[str, Callable[[Program, Any], Any]] = {
    FUNCTION: run_function,
    DESIGN: run_design,
    SQL: run_sql,
    CHECKER: run_checker,
}
