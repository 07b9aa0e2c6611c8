"""HTTPS on the loopback: a server that uses our own certificates, a redirect from plain HTTP,
and a client that checks whom it is talking to."""


class UntrustedServer(Exception):
    """The server's certificate was refused: unknown CA, wrong name, expired, ..."""


def start_https_server(cert_pem: str, key_pem: str) -> int:
    """Serve GET /hello over HTTPS on 127.0.0.1 in the background; returns the port."""
    raise NotImplementedError


def start_redirect_server(https_port: int) -> int:
    """Plain HTTP on 127.0.0.1 that sends every request to the HTTPS server; returns the port."""
    raise NotImplementedError


def fetch(url: str, ca_pem: str) -> str:
    """GET an https:// URL, trusting `ca_pem` only; the body as text."""
    raise NotImplementedError
