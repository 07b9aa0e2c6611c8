"""The services behind the proxy, run by the checks on fixed loopback ports (shown to learners).

Each one answers every request with a JSON description of what it received:

    {"service": "billing", "method": "POST", "path": "/invoices", "query": "draft=1",
     "body": "...", "headers": {"content-type": "application/json", ...}}

with the status 201 for a POST, 404 for a path ending in /missing, 200 otherwise, and the
header X-Upstream: <service>. hold() makes it keep requests unanswered until the check ends.
"""

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

LEGACY_PORT, BILLING_PORT = 9301, 9302


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
        self.holding = False
        self.finished = threading.Event()
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

    def hold(self):
        self.holding = True

    def _answer(self, handler):
        length = int(handler.headers.get("Content-Length") or 0)
        body = handler.rfile.read(length) if length else b""
        path, _, query = handler.path.partition("?")
        seen = {
            "service": self.name,
            "method": handler.command,
            "path": path,
            "query": query,
            "body": body.decode("utf-8", "replace"),
            "headers": {name.lower(): value for name, value in handler.headers.items()},
        }
        self.seen.append(seen)
        if self.holding:
            self.finished.wait(3.0)
        status = 201 if handler.command == "POST" else 404 if path.endswith("/missing") else 200
        data = json.dumps(seen).encode()
        handler.send_response(status)
        handler.send_header("Content-Type", "application/json")
        handler.send_header("Content-Length", str(len(data)))
        handler.send_header("X-Upstream", self.name)
        handler.end_headers()
        handler.wfile.write(data)

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.finished.set()
        self.http.shutdown()
        self.http.server_close()
