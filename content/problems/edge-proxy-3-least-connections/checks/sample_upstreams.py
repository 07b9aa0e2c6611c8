"""The services behind the proxy, run by the checks on fixed loopback ports (shown to learners).

Each one answers every request with a JSON description of what it received:

    {"service": "billing", "method": "POST", "path": "/invoices", "query": "draft=1",
     "body": "...", "headers": {"content-type": "application/json", ...}}

with the status 201 for a POST, 404 for a path ending in /missing, 500 for one ending in
/boom, 200 otherwise, and the header X-Upstream: <service>. GET /health answers
`health_status` (200 unless the check changes it) and is not recorded in `seen`.

A request whose path ends in /slow is held until the check calls release() (a long report);
one ending in /hang until the check ends (longer than the proxy's timeout). `arrived(n)` waits
until n requests have arrived, so a check knows a request is in flight without sleeping.
"""

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

LEGACY_PORT = 9301
BILLING_PORTS = {"billing-1": 9311, "billing-2": 9312, "billing-3": 9313}


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    request_queue_size = 64

    def handle_error(self, request, client_address):
        pass


class Upstream:
    def __init__(self, name, port):
        self.name = name
        self.seen = []  # what every request looked like, in arrival order
        self.health_status = 200
        self.probes = 0
        self.released = threading.Event()
        self.finished = threading.Event()
        self.condition = threading.Condition()
        upstream = self

        class Handler(BaseHTTPRequestHandler):
            def handle_one_request(self):
                try:
                    super().handle_one_request()
                except OSError:
                    pass

            def _answer(self):
                upstream._answer(self)

            do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = do_OPTIONS = _answer

            def log_message(self, format, *args):
                pass

        self.http = _Server(("127.0.0.1", port), Handler)
        self.thread = threading.Thread(
            target=self.http.serve_forever, kwargs={"poll_interval": 0.01}, daemon=True
        )

    def _answer(self, handler):
        length = int(handler.headers.get("Content-Length") or 0)
        body = handler.rfile.read(length) if length else b""
        path, _, query = handler.path.partition("?")
        if path == "/health":
            self.probes += 1
            return self._send(handler, self.health_status, {"status": self.health_status})
        seen = {
            "service": self.name,
            "method": handler.command,
            "path": path,
            "query": query,
            "body": body.decode("utf-8", "replace"),
            "headers": {name.lower(): value for name, value in handler.headers.items()},
        }
        with self.condition:
            self.seen.append(seen)
            self.condition.notify_all()
        if path.endswith("/slow"):
            self.released.wait(3.0)
        elif path.endswith("/hang"):
            self.finished.wait(3.0)
        if path.endswith("/boom"):
            status = 500
        elif handler.command == "POST":
            status = 201
        else:
            status = 404 if path.endswith("/missing") else 200
        self._send(handler, status, seen)

    def _send(self, handler, status, answer):
        data = json.dumps(answer).encode()
        handler.send_response(status)
        handler.send_header("Content-Type", "application/json")
        handler.send_header("Content-Length", str(len(data)))
        handler.send_header("X-Upstream", self.name)
        handler.end_headers()
        handler.wfile.write(data)

    def release(self):
        self.released.set()

    def arrived(self, count, timeout=5.0):
        """Wait until `count` requests (not probes) have arrived; False after `timeout` s."""
        with self.condition:
            return self.condition.wait_for(lambda: len(self.seen) >= count, timeout)

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.released.set()
        self.finished.set()
        self.http.shutdown()
        self.http.server_close()
