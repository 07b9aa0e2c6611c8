"""A loopback HTTP service for the checks that counts how many of the learner's requests wait
for an answer at the same time."""

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 128  # socketserver's default, 5, drops a burst of connections


class Window:
    """Serves GET /job/<name> with the body "ok:<name>"; `max_waiting` is the most requests that
    were waiting for an answer at once (a request stops waiting the moment its answer starts).

    fill=True: every request is held until min(limit, len(names)) are waiting; then the server
    waits `quiet` seconds more for one request beyond that (a client without a limit has sent
    all of them at once, so it arrives at once) before it answers everything from then on. A
    client that keeps its limit never sends one more before an answer: the quiet time passes.

    hold_first=True: the first name's request is held until every other request has been
    answered, so only a client that reuses each free slot at once gets through.

    After `timeout` seconds of waiting for the client, the server gives up (`gave_up`) and
    answers what it holds.
    """

    def __init__(self, names, limit, *, fill=False, hold_first=False, quiet=0.15, timeout=2.0):
        self.names = list(names)
        self.target = min(limit, len(self.names))
        self.fill = fill
        self.hold_first = hold_first
        self.quiet = quiet
        self.timeout = timeout
        self.waiting = 0
        self.max_waiting = 0
        self.answered = 0
        self.gave_up = False
        self._open = not fill
        self._cond = threading.Condition()
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):
                name = self.path.rsplit("/", 1)[-1]
                if name not in server.names:
                    self.send_error(404)
                    return
                server._hold(name)
                body = f"ok:{name}".encode()
                self.send_response(200)
                self.send_header("Content-Type", "text/plain")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, format, *args):
                pass

        self._http = _Server(("127.0.0.1", 0), Handler)
        self._thread = threading.Thread(
            target=self._http.serve_forever, kwargs={"poll_interval": 0.01}, daemon=True
        )

    def urls(self):
        host, port = self._http.server_address[:2]
        return [f"http://{host}:{port}/job/{name}" for name in self.names]

    def _hold(self, name):
        with self._cond:
            self.waiting += 1
            self.max_waiting = max(self.max_waiting, self.waiting)
            self._cond.notify_all()
            if not self._open:
                full = self._cond.wait_for(
                    lambda: self._open or self.waiting >= self.target, self.timeout
                )
                if not full:
                    self.gave_up = True
                elif not self._open:
                    # The window is full: one more request now means the client has no limit.
                    self._cond.wait_for(lambda: self.waiting > self.target, self.quiet)
                self._open = True
                self._cond.notify_all()
            if self.hold_first and name == self.names[0]:
                others = len(self.names) - 1
                if not self._cond.wait_for(lambda: self.answered >= others, self.timeout):
                    self.gave_up = True
            self.waiting -= 1
            self.answered += 1
            self._cond.notify_all()

    def __enter__(self):
        self._thread.start()
        return self

    def __exit__(self, *exc):
        self._http.shutdown()
        self._http.server_close()
