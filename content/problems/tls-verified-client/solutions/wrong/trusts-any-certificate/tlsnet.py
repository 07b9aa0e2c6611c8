# Caught by test_unknown_ca_is_untrusted: an unverified context ("it's only the loopback")
# accepts any certificate, so TLS encrypts the traffic to whoever answers.
"""HTTPS on the loopback: a server that uses our own certificates, a redirect from plain HTTP,
and a client that checks whom it is talking to."""

import http.client
import os
import ssl
import tempfile
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import urlsplit

HSTS = "max-age=31536000; includeSubDomains"


class UntrustedServer(Exception):
    """The server's certificate was refused: unknown CA, wrong name, expired, ..."""


class _Hello(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        if self.path != "/hello":
            self.send_error(404)
            return
        body = b"hello over TLS\n"
        self.send_response(200)
        self.send_header("Content-Type", "text/plain; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        # Browsers that saw this once use https:// for a year, whatever link they follow.
        self.send_header("Strict-Transport-Security", HSTS)
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:
        pass


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: Any, client_address: Any) -> None:
        pass  # a client that gives up during the handshake is not our problem


class _TLSServer(_Server):
    def __init__(self, context: ssl.SSLContext) -> None:
        super().__init__(("127.0.0.1", 0), _Hello)
        self.context = context

    def get_request(self) -> tuple[Any, Any]:
        connection, address = self.socket.accept()
        # The handshake happens in the request's thread (on the first read), not here.
        wrapped = self.context.wrap_socket(
            connection, server_side=True, do_handshake_on_connect=False
        )
        return wrapped, address


def _start(server: ThreadingHTTPServer) -> int:
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return int(server.server_address[1])


def start_https_server(cert_pem: str, key_pem: str) -> int:
    """Serve GET /hello over HTTPS on 127.0.0.1 in the background; returns the port."""
    folder = tempfile.mkdtemp()
    cert_path, key_path = os.path.join(folder, "cert.pem"), os.path.join(folder, "key.pem")
    with open(cert_path, "w", encoding="ascii") as handle:
        handle.write(cert_pem)
    with open(os.open(key_path, os.O_WRONLY | os.O_CREAT, 0o600), "w", encoding="ascii") as handle:
        handle.write(key_pem)  # a private key is readable by its owner only
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    context.load_cert_chain(cert_path, key_path)
    return _start(_TLSServer(context))


def start_redirect_server(https_port: int) -> int:
    """Plain HTTP on 127.0.0.1 that sends every request to the HTTPS server; returns the port."""

    class Redirect(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            self.send_response(308)  # permanent, and the method and body are kept
            self.send_header("Location", f"https://localhost:{https_port}{self.path}")
            self.send_header("Content-Length", "0")
            self.end_headers()

        do_HEAD = do_POST = do_GET

        def log_message(self, format: str, *args: Any) -> None:
            pass

    return _start(_Server(("127.0.0.1", 0), Redirect))


def fetch(url: str, ca_pem: str) -> str:
    """GET an https:// URL, trusting `ca_pem` only; the body as text."""
    parts = urlsplit(url)
    if parts.scheme != "https" or not parts.hostname:
        raise ValueError("https:// URLs only")
    # CERT_REQUIRED and check_hostname are create_default_context's defaults: keep them.
    context = ssl._create_unverified_context()
    context.load_verify_locations(cadata=ca_pem)
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    target = parts.path or "/"
    if parts.query:
        target += "?" + parts.query
    connection = http.client.HTTPSConnection(
        parts.hostname, parts.port or 443, context=context, timeout=5
    )
    try:
        connection.request("GET", target)
        return connection.getresponse().read().decode()
    except ssl.SSLCertVerificationError as error:
        raise UntrustedServer(f"{parts.hostname}: {error.verify_message}") from None
    finally:
        connection.close()
