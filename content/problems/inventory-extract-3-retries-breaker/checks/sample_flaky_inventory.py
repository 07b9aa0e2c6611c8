"""The inventory service the checks run on the loopback (shown to learners), now flaky.

    POST   /reservations        {"sku": "mug", "quantity": 2}
           201 {"id": "r-1", "sku": "mug", "quantity": 2}
           409 {"error": "out_of_stock"}    404 {"error": "unknown_sku"}
    DELETE /reservations/{id}   204, or 404 {"error": "unknown_reservation"}

Idempotency-Key: a POST or DELETE whose key the service has already processed is not processed
again: the service answers what it answered the first time.

A check scripts the next requests' fates, in arrival order: "503" (answer 503, do nothing),
"drop" (process the request, then close the connection without answering: the answer is lost),
"ok" (serve normally). Requests past the script are served normally.
"""

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

STOCK = {"mug": 5, "lamp": 1, "kettle": 3}


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 64

    def handle_error(self, request, client_address):
        pass


class FlakyInventory:
    def __init__(self):
        self.stock = dict(STOCK)
        self.reservations = {}
        self.serial = 0
        self.seen_keys = {}  # Idempotency-Key -> (status, body) first answered
        self.log = []  # [method, path, idempotency key or None, fate] per request
        self.fates = []
        self.lock = threading.Lock()
        service = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):
                service._handle(self, "POST")

            def do_DELETE(self):
                service._handle(self, "DELETE")

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

    def script(self, *fates):
        """The fates of the next requests: "503", "drop" or "ok"."""
        self.fates.extend(fates)

    def requests(self, method=None):
        return [entry for entry in self.log if method is None or entry[0] == method]

    def _handle(self, handler, method):
        length = int(handler.headers.get("Content-Length") or 0)
        raw = handler.rfile.read(length) if length else b""
        key = handler.headers.get("Idempotency-Key")
        with self.lock:
            fate = self.fates.pop(0) if self.fates else "ok"
            self.log.append([method, handler.path, key, fate])
            if fate == "503":
                status, body = 503, {"error": "unavailable"}
            elif key is not None and key in self.seen_keys:
                status, body = self.seen_keys[key]
            else:
                status, body = self._route(method, handler.path, raw)
                if key is not None:
                    self.seen_keys[key] = (status, body)
        if fate == "drop":
            handler.close_connection = True
            return  # processed, but the answer never leaves
        data = b"" if body is None else json.dumps(body).encode()
        try:
            handler.send_response(status)
            if body is not None:
                handler.send_header("Content-Type", "application/json")
            handler.send_header("Content-Length", str(len(data)))
            handler.end_headers()
            handler.wfile.write(data)
        except OSError:
            pass

    def _route(self, method, path, raw):
        if method == "POST" and path == "/reservations":
            try:
                body = json.loads(raw)
                sku, quantity = body["sku"], body["quantity"]
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
        return 404, {"error": "no_such_route"}

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.http.shutdown()
        self.http.server_close()
