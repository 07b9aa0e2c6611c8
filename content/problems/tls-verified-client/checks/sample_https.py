"""The checks' side of the wire: an HTTPS server your client fetches from, and an HTTPS client
that checks your server like a browser does (your CA only, host names in the SAN only)."""

import http.client
import os
import ssl
import tempfile
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


def _files(server):
    folder = tempfile.mkdtemp()
    paths = os.path.join(folder, "cert.pem"), os.path.join(folder, "key.pem")
    for path, text in zip(paths, (server["cert"], server["key"]), strict=True):
        with open(path, "w") as handle:
            handle.write(text)
    return paths


class HTTPSServer:
    """Serves GET /hello with `body` on 127.0.0.1 using `server` ({"cert", "key"}); counts the
    HTTP requests that got through the handshake."""

    def __init__(self, server, body="hello from the checks\n"):
        self.requests = 0
        owner = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):
                owner.requests += 1
                data = body.encode()
                self.send_response(200)
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, format, *args):
                pass

        class Server(ThreadingHTTPServer):
            daemon_threads = True

            def get_request(self):
                connection, address = self.socket.accept()
                return context.wrap_socket(
                    connection, server_side=True, do_handshake_on_connect=False
                ), address  # fmt: skip

            def handle_error(self, request, client_address):
                pass  # your client refused the certificate: that is the point

        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(*_files(server))
        self.http = Server(("127.0.0.1", 0), Handler)
        self.port = self.http.server_address[1]
        self.thread = threading.Thread(
            target=self.http.serve_forever, kwargs={"poll_interval": 0.01}, daemon=True
        )

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.http.shutdown()
        self.http.server_close()


def browser_get(port, ca_pem, path="/hello", host="localhost"):
    """GET https://host:port/path trusting `ca_pem` only; (response, body, TLS version)."""
    context = ssl.create_default_context(cadata=ca_pem)
    context.hostname_checks_common_name = False
    connection = http.client.HTTPSConnection(host, port, context=context, timeout=5)
    try:
        connection.request("GET", path)
        version = connection.sock.version()
        response = connection.getresponse()
        return response, response.read().decode(), version
    finally:
        connection.close()
