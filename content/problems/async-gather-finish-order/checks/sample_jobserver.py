"""A loopback HTTP service for the checks: it sees how many of the learner's jobs overlap and
decides the order in which they finish, by what the client did, never by timing."""

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 128  # socketserver's default, 5, drops a burst of connections


class JobServer:
    """Serves GET /job/<name>: 200 with the body "ok:<name>", or 500 for the names in
    `failing`.

    Every request is held until all of `names` have arrived, so only jobs that run at the same
    time get any answer quickly; after `timeout` seconds the server gives up waiting
    (`all_in_flight` stays False) and answers what it has. Then it answers in `order`, one at a
    time, each once the client has closed the previous answer's connection: the jobs finish in
    exactly that order.
    """

    def __init__(self, names, *, failing=(), order=None, timeout=2.0):
        self.names = list(names)
        self.failing = set(failing)
        self.order = list(order if order is not None else names)
        self.timeout = timeout
        self.arrived = []
        self.in_flight = 0
        self.max_in_flight = 0
        self.all_in_flight = False
        self.gave_up = False
        self._next = 0
        self._cond = threading.Condition()
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self):
                name = self.path.rsplit("/", 1)[-1]
                if name not in server.names:
                    self.send_error(404)
                    return
                server._arrive(name)
                status = 500 if name in server.failing else 200
                body = (f"ok:{name}" if status == 200 else "job failed").encode()
                self.send_response(status)
                self.send_header("Content-Type", "text/plain")
                self.send_header("Content-Length", str(len(body)))
                self.send_header("Connection", "close")
                self.end_headers()
                self.wfile.write(body)
                self.wfile.flush()
                self.close_connection = True
                server._wait_for_close(self.connection)
                server._leave(name)

            def log_message(self, format, *args):
                pass

        self._http = _Server(("127.0.0.1", 0), Handler)
        self._thread = threading.Thread(
            target=self._http.serve_forever, kwargs={"poll_interval": 0.01}, daemon=True
        )

    def urls(self):
        host, port = self._http.server_address[:2]
        return [f"http://{host}:{port}/job/{name}" for name in self.names]

    def _arrive(self, name):
        with self._cond:
            self.arrived.append(name)
            self.in_flight += 1
            self.max_in_flight = max(self.max_in_flight, self.in_flight)
            if len(self.arrived) == len(self.names):
                self.all_in_flight = self.in_flight == len(self.names)
            self._cond.notify_all()
            ready = self._cond.wait_for(lambda: self.gave_up or self._my_turn(name), self.timeout)
            if not ready:
                self.gave_up = True  # the learner's jobs do not all run at once: stop waiting
                self._cond.notify_all()

    def _my_turn(self, name):
        return len(self.arrived) >= len(self.names) and self.order[self._next] == name

    def _wait_for_close(self, connection):
        connection.settimeout(self.timeout)
        try:
            while connection.recv(1024):
                pass
        except OSError:
            pass

    def _leave(self, name):
        with self._cond:
            self.in_flight -= 1
            if self._next < len(self.order) and self.order[self._next] == name:
                self._next += 1
            self._cond.notify_all()

    def __enter__(self):
        self._thread.start()
        return self

    def __exit__(self, *exc):
        self._http.shutdown()
        self._http.server_close()
