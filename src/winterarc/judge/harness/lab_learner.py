"""What a lab's learner process runs, once confined: the app, the script or the library server.

Everything here executes next to the learner's code and can be changed by it; that is fine,
because nothing here decides a verdict. The checks run in another process and see only what
comes over the loopback or the narrow channel; a record of the learner's own exception (fd 3)
can only turn a wrong answer into a runtime error.
"""

from __future__ import annotations

import os
import sys

from .failures import LearnerError, describe, learner_traceback
from .protocol import EXIT_MEMORY, EXIT_OK, EXIT_RUNTIME_ERROR, RESULT_ERROR, encode_record

TYPE_CHECKING = False
if TYPE_CHECKING:
    import socket
    import threading
    from collections.abc import Callable
    from types import FrameType
    from typing import Any

LAB_DIR = "/lab"
RESULT_FD = 3
LISTENER_FD = 4
# A library call's exception: its type and message travel; its text is the learner's own.
MESSAGE_CAP = 2000


def record_error(exc: BaseException) -> None:
    """Tell the zygote what the learner's code raised (the last record wins)."""
    import contextlib

    with contextlib.suppress(OSError):
        os.write(RESULT_FD, encode_record(RESULT_ERROR, describe(exc).encode(errors="replace")))
    with contextlib.suppress(OSError):
        os.write(2, learner_traceback(exc, "").encode(errors="replace"))


def run(serve: str, entry: str | None) -> int:
    """Serve until killed; the exit status when the learner's code ends on its own."""
    sys.path.insert(0, LAB_DIR)
    try:
        if serve == "asgi":
            assert entry is not None
            _serve_asgi(entry)
        elif serve == "script":
            assert entry is not None
            _run_script(entry)
        elif serve == "library":
            _serve_library()
        return EXIT_OK
    except SystemExit as exc:
        code = exc.code
        return code & 0xFF if isinstance(code, int) else (0 if code is None else 1)
    except MemoryError:
        os._exit(EXIT_MEMORY)
    except BaseException as exc:
        record_error(exc)
        return EXIT_RUNTIME_ERROR


_app: Any = None  # the learner's ASGI app, set in the learner's process before serving
_config: Any = None  # uvicorn's Config, loaded once in the zygote (see prepare_asgi)


async def _forward(scope: Any, receive: Any, send: Any) -> None:
    """The app uvicorn serves: the learner's, with its exceptions recorded."""
    try:
        await _app(scope, receive, send)
    except Exception as exc:
        record_error(exc)
        raise


def prepare_asgi() -> None:
    """In the zygote: uvicorn's configuration, loaded once (logging, protocol classes,
    middleware), so a check's learner process only imports its app and starts serving."""
    global _config
    import uvicorn

    _config = uvicorn.Config(
        _forward,
        loop="asyncio",
        http="h11",
        lifespan="auto",
        log_level="warning",
        access_log=False,
        server_header=False,
        date_header=False,
    )
    _config.load()


def _serve_asgi(entry: str) -> None:
    import importlib
    import socket

    global _app
    module_name, _, attribute = entry.partition(":")
    module = importlib.import_module(module_name)
    if not hasattr(module, attribute):
        raise LearnerError(f"{module_name}.py defines no {attribute!r}")
    _app = getattr(module, attribute)
    import uvicorn

    if _config is None:
        prepare_asgi()
    listener = socket.socket(fileno=LISTENER_FD)
    uvicorn.Server(_config).run(sockets=[listener])


def _run_script(entry: str) -> None:
    import runpy

    sys.argv = [entry]
    runpy.run_path(f"{LAB_DIR}/{entry}", run_name="__main__")


class _Library:
    """One check's calls: modules imported once, objects kept by handle, one event loop."""

    def __init__(self) -> None:
        from .modes import Awaiter

        self.objects: dict[int, Any] = {}
        self.awaiter = Awaiter()

    def handle(self, request: Any) -> Any:
        if not isinstance(request, dict) or not isinstance(request.get("op"), str):
            return {"error": "a request is an object with an op"}
        try:
            return {"ok": self._dispatch(request)}
        except _BadRequest as exc:
            return {"error": str(exc)}
        except MemoryError:
            os._exit(EXIT_MEMORY)
        except BaseException as exc:
            return {"raised": _raised(exc)}

    def _dispatch(self, request: dict[str, Any]) -> Any:
        from .modes import serialise

        op = request["op"]
        args = _list(request.get("args", []))
        kwargs = request.get("kwargs") or {}
        if not isinstance(kwargs, dict):
            raise _BadRequest("kwargs must be an object")
        if op == "call":
            target = self._target(request)
            return _json(serialise, self.awaiter.settle(target(*args, **kwargs)))
        if op == "new":
            made = self.awaiter.settle(self._target(request)(*args, **kwargs))
            handle = len(self.objects) + 1
            self.objects[handle] = made
            return handle
        if op == "method":
            method = getattr(self._object(request), _name(request, "name"))
            return _json(serialise, self.awaiter.settle(method(*args, **kwargs)))
        if op == "attribute":
            return _json(serialise, getattr(self._object(request), _name(request, "name")))
        if op == "hammer":
            obj = self._object(request)
            method = getattr(obj, _name(request, "name"))
            hammer(method, args, _count(request, "threads", 64), _count(request, "calls", 100_000))
            return None
        raise _BadRequest(f"unknown op {op!r}")

    def _target(self, request: dict[str, Any]) -> Callable[..., Any]:
        import importlib

        module = importlib.import_module(_name(request, "module"))
        target: Any = module
        for part in _name(request, "function").split("."):
            target = getattr(target, part)
        if not callable(target):
            raise LearnerError(f"{request['module']}.{request['function']} is not callable")
        return target  # type: ignore[no-any-return]

    def _object(self, request: dict[str, Any]) -> Any:
        handle = request.get("handle")
        if not isinstance(handle, int) or handle not in self.objects:
            raise _BadRequest("unknown handle")
        return self.objects[handle]


class _BadRequest(Exception):
    """The check sent a malformed request (the author's bug, never the learner's)."""


def _name(request: dict[str, Any], key: str) -> str:
    value = request.get(key)
    if not isinstance(value, str) or not all(part.isidentifier() for part in value.split(".")):
        raise _BadRequest(f"{key} must be a dotted name")
    return value


def _list(value: Any) -> list[Any]:
    if not isinstance(value, list):
        raise _BadRequest("args must be an array")
    return value


def _count(request: dict[str, Any], key: str, cap: int) -> int:
    value = request.get(key)
    if not isinstance(value, int) or not 1 <= value <= cap:
        raise _BadRequest(f"{key} must be 1..{cap}")
    return value


def _json(serialise: Callable[[Any], bytes], value: Any) -> Any:
    import json

    # Round-trip through JSON text here: only plain data reaches the check.
    return json.loads(serialise(value))


def _raised(exc: BaseException) -> dict[str, Any]:
    from .failures import learner_frame

    found = learner_frame(exc.__traceback__)
    text = describe(exc)
    return {
        "type": type(exc).__name__ if not isinstance(exc, LearnerError) else "LearnerError",
        "message": text[:MESSAGE_CAP],
        "file": found[0].removeprefix(LAB_DIR + "/") if found else None,
        "line": found[1] if found else None,
        "traceback": learner_traceback(exc, "")[-4 * MESSAGE_CAP :],
    }


def _serve_library() -> None:
    import socket

    from .labapi import lab_wire

    listener = socket.socket(fileno=LISTENER_FD)
    library = _Library()
    while True:
        connection, _ = listener.accept()
        with connection:
            _serve_connection(connection, library, lab_wire)


def _serve_connection(connection: socket.socket, library: _Library, wire: Any) -> None:
    while True:
        try:
            request = wire.receive(connection)
        except (wire.WireError, OSError):
            return
        reply = library.handle(request)
        try:
            wire.send(connection, reply)
        except ValueError as exc:  # not JSON after all (NaN): the learner's result
            wire.send(connection, {"raised": _raised(LearnerError(str(exc)))})
        except (wire.WireError, OSError):
            return


def hammer(method: Callable[..., Any], args: list[Any], threads: int, calls: int) -> None:
    """Call `method(*args)` `calls` times from each of `threads` threads, switching threads
    between every bytecode of the learner's code, so an unsynchronised read-modify-write loses
    updates on (almost) every run instead of once in a while."""
    import threading
    import time

    def trace_calls(frame: FrameType, event: str, arg: Any) -> Any:
        if not frame.f_code.co_filename.startswith(LAB_DIR + "/"):
            return None
        frame.f_trace_opcodes = True
        return trace_opcodes

    def trace_opcodes(frame: FrameType, event: str, arg: Any) -> Any:
        if event == "opcode":
            time.sleep(0)  # releases the GIL: another thread runs before the next opcode
        return trace_opcodes

    start = threading.Barrier(threads)
    failures: list[BaseException] = []

    def worker() -> None:
        sys.settrace(trace_calls)
        try:
            start.wait()
            for _ in range(calls):
                method(*args)
        except BaseException as exc:
            failures.append(exc)
        finally:
            sys.settrace(None)

    previous = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)
    workers: list[threading.Thread] = [threading.Thread(target=worker) for _ in range(threads)]
    try:
        for thread in workers:
            thread.start()
        for thread in workers:
            thread.join()
    finally:
        sys.setswitchinterval(previous)
    if failures:
        raise failures[0]
