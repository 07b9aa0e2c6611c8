"""The inventory service the checks run on the loopback (shown to learners).

    POST   /reservations        {"sku": "mug", "quantity": 2}
           201 {"id": "r-1", "sku": "mug", "quantity": 2}
           409 {"error": "out_of_stock"}    404 {"error": "unknown_sku"}    422 a bad body
    DELETE /reservations/{id}   204, or 404 {"error": "unknown_reservation"}
    GET    /stock/{sku}         200 {"sku": "mug", "available": 3}

A check can make it misbehave: fail("DELETE", 2) answers the second DELETE with a 503 (and
does nothing), hang("POST", 1) holds the first POST without answering until the check ends
(or two seconds pass, then it is processed and answered normally).
"""

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

STOCK = {"mug": 5, "lamp": 1, "kettle": 3}


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 64

    def handle_error(self, request, client_address):
        pass  # a client that gave up on a held request closed its connection: nothing to do


class InventoryService:
    def __init__(self, stock=None):
        self.stock = dict(STOCK if stock is None else stock)
        self.reservations = {}
        self.serial = 0
        self.log = []  # [method, path] of every request, in arrival order
        self.lock = threading.Lock()
        self.counts = {}
        self.failures = {}
        self.hangs = set()
        self.finished = threading.Event()
        service = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):
                service._handle(self, "POST")

            def do_DELETE(self):
                service._handle(self, "DELETE")

            def do_GET(self):
                service._handle(self, "GET")

            def log_message(self, format, *args):
                pass

        self.http = _Server(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(
            target=self.http.serve_forever, kwargs={"poll_interval": 0.01}, daemon=True
        )

    @property
    def url(self):
        host, port = self.http.server_address[:2]
        return f"http://{host}:{port}"

    def fail(self, method, occurrence, status=503):
        """Answer the `occurrence`-th request with this method (1-based) with `status`."""
        self.failures[(method, occurrence)] = status

    def hang(self, method, occurrence):
        """Hold the `occurrence`-th request with this method until the check ends."""
        self.hangs.add((method, occurrence))

    def available(self, sku):
        return self.stock[sku]

    def calls(self, method=None):
        return [entry for entry in self.log if method is None or entry[0] == method]

    def _handle(self, handler, method):
        length = int(handler.headers.get("Content-Length") or 0)
        raw = handler.rfile.read(length) if length else b""
        with self.lock:
            self.counts[method] = self.counts.get(method, 0) + 1
            occurrence = self.counts[method]
            self.log.append([method, handler.path])
        if (method, occurrence) in self.hangs:
            self.finished.wait(2.0)
        failure = self.failures.get((method, occurrence))
        if failure is not None:
            return self._reply(handler, failure, {"error": "internal"})
        with self.lock:
            status, body = self._route(method, handler.path, raw)
        self._reply(handler, status, body)

    def _route(self, method, path, raw):
        if method == "POST" and path == "/reservations":
            try:
                body = json.loads(raw)
                sku, quantity = body["sku"], body["quantity"]
                assert isinstance(sku, str) and isinstance(quantity, int) and quantity > 0
            except Exception:
                return 422, {"error": "invalid_body"}
            if sku not in self.stock:
                return 404, {"error": "unknown_sku"}
            if quantity > self.stock[sku]:
                return 409, {"error": "out_of_stock"}
            self.stock[sku] -= quantity
            self.serial += 1
            reservation_id = f"r-{self.serial}"
            self.reservations[reservation_id] = (sku, quantity)
            return 201, {"id": reservation_id, "sku": sku, "quantity": quantity}
        if method == "DELETE" and path.startswith("/reservations/"):
            found = self.reservations.pop(path.rsplit("/", 1)[-1], None)
            if found is None:
                return 404, {"error": "unknown_reservation"}
            self.stock[found[0]] += found[1]
            return 204, None
        if method == "GET" and path.startswith("/stock/"):
            sku = path.rsplit("/", 1)[-1]
            if sku not in self.stock:
                return 404, {"error": "unknown_sku"}
            return 200, {"sku": sku, "available": self.stock[sku]}
        return 404, {"error": "no_such_route"}

    def _reply(self, handler, status, body):
        data = b"" if body is None else json.dumps(body).encode()
        try:
            handler.send_response(status)
            if body is not None:
                handler.send_header("Content-Type", "application/json")
            handler.send_header("Content-Length", str(len(data)))
            handler.end_headers()
            handler.wfile.write(data)
        except OSError:
            pass  # the client gave up (a timeout)

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.finished.set()
        self.http.shutdown()
        self.http.server_close()
