"""The servers the checks run on the loopback while your app serves:

    127.0.0.1:8701  partner A (allowed): /feed.json, and /redirect?to=<url> (a 302)
    127.0.0.1:8702  partner B, reached as localhost:8702 (allowed): /catalog.json
    127.0.0.1:8703  the internal metadata service (never allowed): any path answers with
                    credentials, and every request it gets is counted
"""

import json
import secrets
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

PARTNER_A, PARTNER_B, INTERNAL = 8701, 8702, 8703


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True


class Service:
    """One loopback HTTP service: `routes(path, query) -> (status, headers, body)`."""

    def __init__(self, port, routes):
        self.hits = []
        service = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):
                parts = urlsplit(self.path)
                service.hits.append(self.path)
                status, headers, body = routes(parts.path, parse_qs(parts.query))
                self.send_response(status)
                for name, value in headers.items():
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, format, *args):
                pass

        self.http = _Server(("127.0.0.1", port), Handler)
        self.thread = threading.Thread(
            target=self.http.serve_forever, kwargs={"poll_interval": 0.01}, daemon=True
        )
        self.thread.start()

    def close(self):
        self.http.shutdown()
        self.http.server_close()


def as_json(value):
    return 200, {"Content-Type": "application/json"}, json.dumps(value).encode()


class Network:
    """The three services, with fresh random content for every check."""

    def __init__(self):
        self.feed = {"partner": "acme", "products": [secrets.token_hex(4), secrets.token_hex(4)]}
        self.catalog = {"partner": "globex", "items": [secrets.token_hex(4)]}
        self.flag = "AKIA" + secrets.token_hex(8).upper()

        def partner_a(path, query):
            if path == "/feed.json":
                return as_json(self.feed)
            if path == "/redirect" and "to" in query:
                return 302, {"Location": query["to"][0]}, b""
            return 404, {}, b"not found"

        def partner_b(path, query):
            return as_json(self.catalog) if path == "/catalog.json" else (404, {}, b"not found")

        def internal(path, query):
            return as_json({"AccessKeyId": self.flag, "SecretAccessKey": secrets.token_hex(16)})

        self.services = []
        try:
            self.services.append(Service(PARTNER_A, partner_a))
            self.services.append(Service(PARTNER_B, partner_b))
            self.internal = Service(INTERNAL, internal)
            self.services.append(self.internal)
        except BaseException:
            self.close()
            raise

    def close(self):
        for service in self.services:
            service.close()
