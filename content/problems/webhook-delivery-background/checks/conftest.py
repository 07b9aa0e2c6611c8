"""Shared by the checks: a webhook receiver of their own on the loopback, and polling."""

import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

WAIT = 3.0  # seconds: how long a check waits for a delivery to finish, or holds a request


class Receiver:
    """An HTTP endpoint that answers POSTs with scripted statuses (the last one repeats) and
    records every request. With hold=True it keeps the first request waiting until the check
    calls release(), or until WAIT seconds passed (then it answers anyway and notes it)."""

    def __init__(self, statuses=(200,), hold=False):
        self.statuses = list(statuses)
        self.requests = []  # (headers as a dict with lower-case names, decoded JSON body)
        self.hold = hold
        self.released = threading.Event()
        self.held = threading.Event()  # set once the first request is being held
        self.held_too_long = False
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):
                length = int(self.headers.get("Content-Length", 0))
                raw = self.rfile.read(length)
                try:
                    body = json.loads(raw)
                except ValueError:
                    body = raw.decode(errors="replace")
                index = len(receiver.requests)
                receiver.requests.append(({k.lower(): v for k, v in self.headers.items()}, body))
                if receiver.hold and index == 0:
                    receiver.held.set()
                    if not receiver.released.wait(WAIT):
                        receiver.held_too_long = True
                status = receiver.statuses[min(index, len(receiver.statuses) - 1)]
                self.send_response(status)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, format, *args):
                pass

        class Server(ThreadingHTTPServer):
            daemon_threads = True

        self.server = Server(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.01}, daemon=True)

    @property
    def url(self):
        host, port = self.server.server_address[:2]
        return f"http://{host}:{port}/hooks/orders"

    def release(self):
        self.released.set()

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.released.set()
        self.server.shutdown()
        self.server.server_close()


def accepted(response):
    """The delivery a 202 describes; checks the 202's shape on the way."""
    assert response.status_code == 202, (
        f"POST /deliveries should answer 202 Accepted at once; got {response.status_code}: {response.text[:200]}"
    )
    body = response.json()
    assert body.get("status") == "pending" and body.get("attempts") == 0, (
        f"a new delivery is pending with 0 attempts; got {body}"
    )
    assert isinstance(body.get("id"), str) and body["id"], "the delivery has a string id"
    assert response.headers.get("location") == f"/deliveries/{body['id']}", (
        "Location: /deliveries/<id> tells the client where to follow the delivery"
    )
    return body


def finished(http, delivery_id):
    """Poll GET /deliveries/<id> until it is no longer pending (for at most WAIT seconds)."""
    deadline = time.monotonic() + WAIT
    while True:
        response = http.get(f"/deliveries/{delivery_id}")
        assert response.status_code == 200, f"GET /deliveries/{delivery_id}: {response.status_code}"
        body = response.json()
        if body.get("status") != "pending":
            return body
        if time.monotonic() > deadline:
            pytest.fail(f"the delivery is still pending after {WAIT:g} s: {body}")
        time.sleep(0.01)


EVENT = {"type": "order.paid", "order_id": 1042, "amount_cents": 4599}
