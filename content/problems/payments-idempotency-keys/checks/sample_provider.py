"""The card processor the checks run on 127.0.0.1:9471 (shown to learners).

    POST /charges  {"amount": 1250, "currency": "EUR", "customer": "cus_ada"}
         201 {"charge_id": "ch_1"}
         402 {"error": "card_declined"}   for the customer "cus_declined"

A check can make it fail (fail_next(): the next charge gets a 503 and charges nothing) or hold
the first charge without answering (hold_first(); answered on release() or after 3 s).
"""

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

PORT = 9471


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    request_queue_size = 64

    def handle_error(self, request, client_address):
        pass


class Provider:
    def __init__(self):
        self.charges = []  # every charge made (the bodies), in order
        self.requests = 0
        self.failures = 0
        self.holding = False
        self.arrived = threading.Event()  # the held charge has arrived
        self.released = threading.Event()
        self.lock = threading.Lock()
        provider = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):
                provider._charge(self)

            def log_message(self, format, *args):
                pass

        self.http = _Server(("127.0.0.1", PORT), Handler)
        self.thread = threading.Thread(
            target=self.http.serve_forever, kwargs={"poll_interval": 0.01}, daemon=True
        )

    def fail_next(self):
        self.failures += 1

    def hold_first(self):
        self.holding = True

    def release(self):
        self.released.set()

    def _charge(self, handler):
        body = json.loads(handler.rfile.read(int(handler.headers.get("Content-Length") or 0)))
        with self.lock:
            self.requests += 1
            hold = self.holding
            self.holding = False
            failing = self.failures > 0
            if failing:
                self.failures -= 1
        if hold:
            self.arrived.set()
            self.released.wait(3.0)
        with self.lock:
            if failing:
                status, answer = 503, {"error": "processor_unavailable"}
            elif body.get("customer") == "cus_declined":
                status, answer = 402, {"error": "card_declined"}
            else:
                self.charges.append(body)
                status, answer = 201, {"charge_id": f"ch_{len(self.charges)}"}
        data = json.dumps(answer).encode()
        try:
            handler.send_response(status)
            handler.send_header("Content-Type", "application/json")
            handler.send_header("Content-Length", str(len(data)))
            handler.end_headers()
            handler.wfile.write(data)
        except OSError:
            pass

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.released.set()
        self.http.shutdown()
        self.http.server_close()
