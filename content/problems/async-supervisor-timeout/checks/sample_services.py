"""Loopback HTTP services for the checks: jobs that succeed, fail or hang, in an order decided
by what the learner's client did, never by timing."""

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 128  # socketserver's default, 5, drops a burst of connections


class Services:
    """`jobs` is a list of (kind, name), kind "ok", "fail" or "hang"; job i is GET /<kind>/<name>.

    Every request is held until all jobs' requests have arrived (`all_started`; after
    `timeout` seconds the server gives up). Then "ok" jobs get 200 "ok:<name>" at once. The
    first "fail" job gets 500 only once every "ok" job's connection is closed, so every ok job
    has finished before any job fails; the other "fail" jobs and every "hang" job are never
    answered. `wait_all_closed()` says whether the client closed every connection — what a
    cancelled httpx request does.
    """

    def __init__(self, jobs, *, timeout=2.0):
        self.jobs = list(jobs)
        self.timeout = timeout
        self.arrived = 0
        self.all_started = False
        self.gave_up = False
        self.closed = set()
        self._ok = {name for kind, name in self.jobs if kind == "ok"}
        fails = [name for kind, name in self.jobs if kind == "fail"]
        self._first_fail = fails[0] if fails else None
        self._cond = threading.Condition()
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self):
                kind, _, name = self.path.strip("/").partition("/")
                if (kind, name) not in server.jobs:
                    self.send_error(404)
                    return
                if server._answer(kind, name):
                    status = 200 if kind == "ok" else 500
                    body = (f"ok:{name}" if status == 200 else "job failed").encode()
                    self.send_response(status)
                    self.send_header("Content-Type", "text/plain")
                    self.send_header("Content-Length", str(len(body)))
                    self.send_header("Connection", "close")
                    self.end_headers()
                    self.wfile.write(body)
                    self.wfile.flush()
                self.close_connection = True
                server._wait_for_close(self.connection, name)

            def log_message(self, format, *args):
                pass

        self._http = _Server(("127.0.0.1", 0), Handler)
        self._thread = threading.Thread(
            target=self._http.serve_forever, kwargs={"poll_interval": 0.01}, daemon=True
        )

    def urls(self):
        host, port = self._http.server_address[:2]
        return [f"http://{host}:{port}/{kind}/{name}" for kind, name in self.jobs]

    def _answer(self, kind, name):
        """Wait until this job may be answered; False for a job that is never answered."""
        with self._cond:
            self.arrived += 1
            if self.arrived == len(self.jobs):
                self.all_started = not self.gave_up
            self._cond.notify_all()
            if not self._cond.wait_for(
                lambda: self.gave_up or self.arrived >= len(self.jobs), self.timeout
            ):
                self.gave_up = True  # the jobs were not all started at once
                self._cond.notify_all()
            if kind == "ok":
                return True
            if kind == "fail" and name == self._first_fail:
                return self._cond.wait_for(lambda: self._ok <= self.closed, self.timeout)
            return False

    def _wait_for_close(self, connection, name):
        connection.settimeout(4 * self.timeout)
        try:
            while connection.recv(1024):
                pass
        except OSError:
            pass
        with self._cond:
            self.closed.add(name)
            self._cond.notify_all()

    def wait_all_closed(self, timeout=1.0):
        """True once the client has closed the connection of every job (waits up to timeout)."""
        names = {name for _, name in self.jobs}
        with self._cond:
            return self._cond.wait_for(lambda: names <= self.closed, timeout)

    def __enter__(self):
        self._thread.start()
        return self

    def __exit__(self, *exc):
        self._http.shutdown()
        self._http.server_close()
