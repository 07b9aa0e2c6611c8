"""Fixtures and helpers for lab checks (a pytest plugin), in the judge and on a laptop.

In the judge each check runs in its own process, apart from the learner's code, which runs in
another process started for that check; fixtures reach it only over the jail's loopback or a
narrow JSON channel. On a laptop (the lab's download, `pytest` in its folder) the same
fixtures start the learner's code locally, so the visible checks run unchanged.

Fixtures:
    http     an httpx.Client for the learner's ASGI app (serve = "asgi")
    app_url  that app's base URL, for other clients (WebSockets)
    learner  calls into the learner's modules (serve = "library"): call, new, method, hammer
    lab      the submitted files, connecting to a server the learner wrote (serve = "script"),
             and the CPU the learner's processes used
    redis    a redis.Redis client for the lab's redis-server, emptied before every check
Helpers:
    Gate     a loopback HTTP service that tells how many requests the learner had in flight
    sqlite   an in-memory SQLite database that runs a learner's SQL safely inside a check
"""

from __future__ import annotations

import contextlib
import importlib
import os
import socket
import sys
import threading
import time
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

__all__ = [
    "Gate",
    "Lab",
    "Learner",
    "LearnerNotListening",
    "LearnerRaised",
    "TreeUsage",
    "sqlite",
]

CONNECT_TIMEOUT = 5.0
REDIS_PORT = 6379  # the lab's redis-server, in the judge and on a laptop


class LearnerRaised(Exception):
    """The learner's code raised an exception (its verdict is a runtime error)."""

    def __init__(self, type_name: str, message: str, line: int | None = None) -> None:
        super().__init__(message)
        self.type_name = type_name
        self.message = message
        self.line = line


class LearnerNotListening(Exception):
    """The learner's server never accepted a connection."""


@dataclass
class TreeUsage:
    """CPU the learner's processes used during this check."""

    processes: int
    own_ms: float  # the learner's main process
    children_ms: float  # every other process it started, alive or gone

    @property
    def total_ms(self) -> float:
        return self.own_ms + self.children_ms


@dataclass
class _Context:
    """Where the learner's code is in this check; set by the judge, or made up locally."""

    judge: bool
    serve: str
    files_dir: Path
    files: tuple[str, ...]
    leader: int = 0
    rpc_address: str = ""
    http_port: int = 0
    services: tuple[str, ...] = ()
    entry: str = ""  # on a laptop: what to serve or run
    touched: bool = False
    local_cleanups: list[Any] = field(default_factory=list)


_context: _Context | None = None


def judge_context(
    *,
    serve: str,
    leader: int,
    files_dir: str,
    files: list[str],
    rpc_address: str,
    http_port: int,
    services: list[str],
) -> _Context:
    """Called by the judge in each check's process before the check runs."""
    global _context
    _context = _Context(
        judge=True,
        serve=serve,
        files_dir=Path(files_dir),
        files=tuple(files),
        leader=leader,
        rpc_address=rpc_address,
        http_port=http_port,
        services=tuple(services),
    )
    return _context


def _current(request: pytest.FixtureRequest) -> _Context:
    if _context is not None:
        return _context
    return _local_context(request.config)


def _local_context(config: pytest.Config) -> _Context:
    """On a laptop: the lab folder (where pytest.ini is) holds the learner's files."""
    root = Path(str(config.rootpath))
    files = tuple(sorted(p.name for p in root.iterdir() if p.is_file() and _is_learner_file(p)))
    services = str(config.getini("winterarc_services"))
    return _Context(
        judge=False,
        serve=str(config.getini("winterarc_serve")),
        files_dir=root,
        files=files,
        services=tuple(name for name in services.split(",") if name),
        entry=str(config.getini("winterarc_entry")),
    )


def _is_learner_file(path: Path) -> bool:
    return path.name not in ("pytest.ini", "winterarc_lab.py", "lab_wire.py", "README.md")


class Lab:
    """The learner's submission as a check sees it."""

    def __init__(self, context: _Context) -> None:
        self._context = context

    @property
    def files(self) -> Mapping[str, str]:
        """The submitted files by name (read-only text)."""
        self._context.touched = True
        return {name: (self._context.files_dir / name).read_text() for name in self._context.files}

    def connect(self, port: int, *, timeout: float = CONNECT_TIMEOUT) -> socket.socket:
        """A TCP connection to the learner's server on 127.0.0.1:`port`, once it listens."""
        self._context.touched = True
        deadline = time.monotonic() + timeout
        delay = 0.001
        while True:
            try:
                return socket.create_connection(("127.0.0.1", port), timeout=timeout)
            except (ConnectionRefusedError, FileNotFoundError):
                # Nothing tells us when a server starts listening: back off until it does.
                if time.monotonic() + delay > deadline:
                    raise LearnerNotListening(
                        f"nothing listens on 127.0.0.1:{port} after {timeout:g} s"
                    ) from None
                time.sleep(delay)
                delay = min(delay * 2, 0.05)

    def cpu(self) -> TreeUsage:
        """CPU used so far by the learner's processes (the kernel's accounting, not theirs)."""
        context = self._context
        if context.judge:
            from harness import tree  # type: ignore[import-not-found]  # the jail's harness

            found = tree.usage(context.leader)
            return TreeUsage(
                found.processes, found.self_seconds * 1000, found.children_seconds * 1000
            )
        # On a laptop the learner's code runs in this process and its children.
        usage = os.times()
        own = (usage.user + usage.system) * 1000
        return TreeUsage(1, own, (usage.children_user + usage.children_system) * 1000)


class Learner:
    """Calls into a library lab's modules: arguments in, plain JSON data out."""

    def __init__(self, context: _Context) -> None:
        self._context = context
        self._socket: socket.socket | None = None
        self._local: _LocalLibrary | None = None

    def call(self, module: str, function: str, *args: Any, **kwargs: Any) -> Any:
        """`module.function(*args, **kwargs)` in the learner's process (awaited if async)."""
        return self._request(
            {
                "op": "call",
                "module": module,
                "function": function,
                "args": list(args),
                "kwargs": kwargs,
            }
        )

    def new(self, module: str, factory: str, *args: Any, **kwargs: Any) -> int:
        """Make an object (`module.factory(*args)`) that lives in the learner's process;
        returns a handle for `method`, `attribute` and `hammer`."""
        handle = self._request(
            {
                "op": "new",
                "module": module,
                "function": factory,
                "args": list(args),
                "kwargs": kwargs,
            }
        )
        assert isinstance(handle, int)
        return handle

    def method(self, handle: int, name: str, *args: Any, **kwargs: Any) -> Any:
        return self._request(
            {"op": "method", "handle": handle, "name": name, "args": list(args), "kwargs": kwargs}
        )

    def attribute(self, handle: int, name: str) -> Any:
        return self._request({"op": "attribute", "handle": handle, "name": name})

    def hammer(
        self, handle: int, name: str, *args: Any, threads: int = 8, calls: int = 200
    ) -> None:
        """Call the method from `threads` threads, `calls` times each, switching threads between
        every bytecode of the learner's code: a missing lock loses updates every time."""
        self._request(
            {
                "op": "hammer",
                "handle": handle,
                "name": name,
                "args": list(args),
                "threads": threads,
                "calls": calls,
            }
        )

    @contextlib.contextmanager
    def raises(self, type_name: str) -> Iterator[None]:
        """The learner's code must raise `type_name` (e.g. "ValueError") inside the block."""
        try:
            yield
        except LearnerRaised as raised:
            if raised.type_name != type_name:
                raise
        else:
            pytest.fail(f"expected the learner's code to raise {type_name}")

    def _request(self, request: dict[str, Any]) -> Any:
        self._context.touched = True
        if not self._context.judge:
            if self._local is None:
                self._local = _LocalLibrary(self._context)
            reply = self._local.handle(request)
        else:
            import lab_wire  # type: ignore[import-not-found]  # beside this file in the jail

            if self._socket is None:
                self._socket = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
                self._socket.connect("\0" + self._context.rpc_address)
            lab_wire.send(self._socket, request)
            reply = lab_wire.receive(self._socket)
        if not isinstance(reply, dict):
            raise RuntimeError(f"malformed reply from the learner's process: {reply!r}")
        if "raised" in reply:
            raised = reply["raised"]
            raise LearnerRaised(
                str(raised.get("type")), str(raised.get("message")), raised.get("line")
            )
        if "error" in reply:
            raise RuntimeError(f"the check sent a bad request: {reply['error']}")
        return reply.get("ok")

    def close(self) -> None:
        if self._socket is not None:
            self._socket.close()


class _LocalLibrary:
    """On a laptop: the same requests, answered in this process."""

    def __init__(self, context: _Context) -> None:
        self.objects: dict[int, Any] = {}
        _fresh_modules(context.files_dir)

    def handle(self, request: dict[str, Any]) -> Any:
        import asyncio
        import inspect
        import json

        try:
            op = request["op"]
            args, kwargs = request.get("args", []), request.get("kwargs") or {}

            def settle(value: Any) -> Any:
                if not inspect.isawaitable(value):
                    return value

                async def wait() -> Any:
                    return await value

                return asyncio.run(wait())

            if op in ("call", "new"):
                target: Any = importlib.import_module(request["module"])
                for part in request["function"].split("."):
                    target = getattr(target, part)
                value = settle(target(*args, **kwargs))
                if op == "new":
                    self.objects[len(self.objects) + 1] = value
                    return {"ok": len(self.objects)}
            elif op == "method":
                value = settle(
                    getattr(self.objects[request["handle"]], request["name"])(*args, **kwargs)
                )
            elif op == "attribute":
                value = getattr(self.objects[request["handle"]], request["name"])
            else:  # hammer: plain threads here, no forced switching
                method = getattr(self.objects[request["handle"]], request["name"])
                workers = [
                    threading.Thread(
                        target=lambda: [method(*args) for _ in range(request["calls"])]
                    )
                    for _ in range(request["threads"])
                ]
                for worker in workers:
                    worker.start()
                for worker in workers:
                    worker.join()
                value = None
            return {"ok": json.loads(json.dumps(value, allow_nan=False))}
        except KeyboardInterrupt:
            raise
        except BaseException as exc:  # as in the judge: whatever the learner's code raised
            return {
                "raised": {"type": type(exc).__name__, "message": f"{type(exc).__name__}: {exc}"}
            }


def _fresh_modules(root: Path) -> None:
    """Forget the learner's modules so every check imports them afresh, as in the judge."""
    folder = str(root.resolve())
    if folder not in sys.path:
        sys.path.insert(0, folder)
    for name, module in list(sys.modules.items()):
        path = getattr(module, "__file__", None) or ""
        if path.startswith(folder + os.sep) and name not in ("winterarc_lab", "lab_wire"):
            del sys.modules[name]


# sqlite3 authorizer actions a learner's SQL may not take in a check's process.
_SQLITE_ATTACH, _SQLITE_DETACH, _SQLITE_FUNCTION = 24, 25, 31
SQL_STEPS = 5_000_000  # virtual-machine steps before a learner's statement is stopped


def sqlite(*scripts: str, steps: int = SQL_STEPS) -> Any:
    """An in-memory SQLite database with `scripts` run in order (a schema, then the learner's
    SQL, ...), safe for the learner's SQL inside a check: no ATTACH (no other file can be
    opened), no load_extension, and a budget of VM steps so a runaway query ends as an error
    instead of the check's time limit. Returns the sqlite3.Connection."""
    import sqlite3

    connection = sqlite3.connect(":memory:", isolation_level=None)

    def authorize(action: int, arg1: str | None, *_: object) -> int:
        if action in (_SQLITE_ATTACH, _SQLITE_DETACH):
            return sqlite3.SQLITE_DENY
        if action == _SQLITE_FUNCTION and arg1 and arg1.lower() == "load_extension":
            return sqlite3.SQLITE_DENY
        return sqlite3.SQLITE_OK

    connection.set_authorizer(authorize)
    budget = [steps // 1000]

    def progress() -> int:
        budget[0] -= 1
        return 1 if budget[0] < 0 else 0  # non-zero interrupts the statement

    connection.set_progress_handler(progress, 1000)
    for script in scripts:
        connection.executescript(script)
    return connection


class Gate:
    """A loopback HTTP service that holds each request until `width` are in flight at once.

    Sequential code never gets there: after `timeout` seconds the gate gives up waiting, answers
    everything, and `max_in_flight` says how much the learner's code really overlapped. Code
    that overlaps its awaits never waits at all. Usable as a context manager.
    """

    def __init__(self, width: int, *, timeout: float = 2.0) -> None:
        from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

        self.width = width
        self.timeout = timeout
        self.max_in_flight = 0
        self.requests = 0
        self._in_flight = 0
        self._lock = threading.Condition()
        self._open = False
        gate = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                body = gate._enter(self.path)
                self.send_response(200)
                self.send_header("Content-Type", "text/plain")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, format: str, *args: Any) -> None:
                pass

        class Server(ThreadingHTTPServer):
            # Every request of the width arrives at once: the default backlog of 5 would drop
            # some and the client would retry a second later.
            request_queue_size = max(128, width)
            daemon_threads = True

        self._server = Server(("127.0.0.1", 0), Handler)
        # A short poll keeps shutdown() (when the check leaves the `with`) quick.
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.01}, daemon=True
        )

    @property
    def base_url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}"

    def urls(self, count: int) -> list[str]:
        return [f"{self.base_url}/item/{index}" for index in range(count)]

    def _enter(self, path: str) -> bytes:
        deadline = time.monotonic() + self.timeout
        with self._lock:
            self.requests += 1
            self._in_flight += 1
            self.max_in_flight = max(self.max_in_flight, self._in_flight)
            if self._in_flight >= self.width:
                self._open = True
                self._lock.notify_all()
            while not self._open:
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    self._open = True  # give up waiting: the learner never got this far
                    self._lock.notify_all()
                    break
                self._lock.wait(remaining)
            self._in_flight -= 1
        return path.rsplit("/", 1)[-1].encode()

    def __enter__(self) -> Gate:
        self._thread.start()
        return self

    def __exit__(self, *_: object) -> None:
        self._server.shutdown()
        self._server.server_close()


# -- fixtures ------------------------------------------------------------------------------


@pytest.fixture
def lab(request: pytest.FixtureRequest) -> Iterator[Lab]:
    context = _current(request)
    if not context.judge and context.serve == "script":
        _local_script(context)
    yield Lab(context)
    for cleanup in reversed(context.local_cleanups):
        cleanup()
    context.local_cleanups.clear()


@pytest.fixture
def learner(request: pytest.FixtureRequest) -> Iterator[Learner]:
    client = Learner(_current(request))
    yield client
    client.close()


@pytest.fixture
def app_url(request: pytest.FixtureRequest) -> Iterator[str]:
    """The learner's ASGI app's base URL ("http://127.0.0.1:PORT"), for clients other than
    `http`: `websockets.sync.client.connect(app_url.replace("http", "ws", 1) + "/ws")`."""
    context = _current(request)
    context.touched = True
    if context.judge:
        yield f"http://127.0.0.1:{context.http_port}"
        return
    with _local_asgi(context) as base:
        yield base


@pytest.fixture
def http(app_url: str) -> Iterator[Any]:
    """An httpx.Client for the learner's ASGI app."""
    import httpx

    # Plain HTTP on the loopback: no certificates to load, no proxies to look up.
    with httpx.Client(
        base_url=app_url,
        timeout=30.0,
        verify=False,  # noqa: S501 - plain HTTP on the loopback, nothing to verify
        trust_env=False,
    ) as client:
        yield client


@pytest.fixture(autouse=True)
def _local_services(request: pytest.FixtureRequest) -> Iterator[None]:
    """On a laptop, the services a lab declares run for every check, as in the judge (where
    the lab's redis-server runs all along and is emptied before each check)."""
    context = _current(request)
    server = _local_redis() if not context.judge and "redis" in context.services else None
    yield
    if server is not None:
        server.kill()
        server.wait()


@pytest.fixture
def redis(request: pytest.FixtureRequest) -> Iterator[Any]:
    import redis as redis_py

    client = redis_py.Redis(host="127.0.0.1", port=REDIS_PORT, decode_responses=True)
    try:
        yield client
    finally:
        client.close()


@contextlib.contextmanager
def _local_asgi(context: _Context) -> Iterator[str]:
    """Serve the learner's app in a thread of this process on a free port."""
    import uvicorn

    _fresh_modules(context.files_dir)
    module_name, attribute = (context.entry or "app:app").split(":")
    app = getattr(importlib.import_module(module_name), attribute)
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(128)
    port = listener.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning", lifespan="auto"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [listener]}, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        listener.close()


def _local_script(context: _Context) -> None:
    """Run the learner's server script as its own process for this check."""
    import subprocess

    entry = context.entry
    process = subprocess.Popen(  # noqa: S603 - the learner's own script, on their machine
        [sys.executable, entry], cwd=context.files_dir
    )
    context.local_cleanups.append(process.kill)


def _local_redis() -> Any:
    """A throwaway redis-server for this check on 127.0.0.1:6379, where a lab's code looks for
    it (as in the judge); never one of the learner's own, which it would have to empty."""
    import shutil
    import subprocess

    binary = shutil.which("redis-server")
    if binary is None:
        pytest.skip("this check needs redis-server (apt-get install redis-server)")
    port = REDIS_PORT
    with socket.socket() as probe:
        if probe.connect_ex(("127.0.0.1", port)) == 0:
            pytest.skip(
                f"this check starts its own redis-server on 127.0.0.1:{port}, where the lab's "
                "code looks for it, but something already listens there: stop it to run it"
            )
    process = subprocess.Popen(  # noqa: S603 - a fixed local binary
        [binary, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
        stdout=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + CONNECT_TIMEOUT
    while time.monotonic() < deadline:
        # Nothing says when redis-server is ready: try to connect, with a short pause.
        with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), 0.2):
            return process
        time.sleep(0.01)
    process.kill()
    pytest.fail("the local redis-server did not start")


def pytest_addoption(parser: pytest.Parser) -> None:
    # Written into pytest.ini by the lab's download; the judge sets its context instead.
    parser.addini(
        "winterarc_serve", "how the lab's code runs: asgi|script|library|none", default="none"
    )
    parser.addini(
        "winterarc_entry", "the ASGI app (module:attribute) or the script to run", default=""
    )
    parser.addini("winterarc_services", "services the lab uses, comma-separated", default="")


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "lab: a Winter Arc lab check")
