"""Shared by the checks (shown to learners): multipart bodies built byte by byte, and a raw
socket client that stops sending half-way to see whether the app answers before the end."""

import socket
import time
from urllib.parse import urlsplit

import pytest

MAX_BODY = 1024 * 1024
BOUNDARY = "winterarc-boundary-7d3f"
REPLY_WAIT = 4.0  # seconds to wait for an answer while the body is still incomplete


def multipart(filename, content, content_type="application/octet-stream"):
    """A multipart/form-data body with one file part named "file"."""
    head = (
        f"--{BOUNDARY}\r\n"
        f'Content-Disposition: form-data; name="file"; filename="{filename}"\r\n'
        f"Content-Type: {content_type}\r\n\r\n"
    ).encode()
    return head + content + f"\r\n--{BOUNDARY}--\r\n".encode()


def envelope_size(filename):
    return len(multipart(filename, b""))


CONTENT_TYPE = f"multipart/form-data; boundary={BOUNDARY}"


def upload(http, filename, content, content_type="application/octet-stream"):
    return http.post(
        "/files",
        content=multipart(filename, content, content_type),
        headers={"Content-Type": CONTENT_TYPE},
    )


def uploaded(http, filename, content, content_type="application/octet-stream"):
    response = upload(http, filename, content, content_type)
    assert response.status_code == 201, (
        f"upload of {filename!r} ({len(content)} bytes): expected 201, got "
        f"{response.status_code}: {response.text[:300]}"
    )
    return response.json()


class Raw:
    """One request over a plain socket: headers, then body pieces, then wait for the reply."""

    def __init__(self, http):
        address = urlsplit(str(http.base_url))
        self.sock = socket.create_connection((address.hostname, address.port), timeout=REPLY_WAIT)

    def send(self, data):
        self.sock.sendall(data)

    def status(self):
        """The status code of the reply, read within REPLY_WAIT seconds, or None."""
        reply = self.reply(head_only=True)
        return None if reply is None else reply[0]

    def reply(self, head_only=False):
        """(status, body) of the reply within REPLY_WAIT seconds, or None if none came."""
        received = b""
        deadline = time.monotonic() + REPLY_WAIT
        while True:
            head, _, body = received.partition(b"\r\n\r\n")
            if _:
                lines = head.split(b"\r\n")
                status = int(lines[0].split()[1])
                if head_only:
                    return status, b""
                length = [int(line.split(b":")[1]) for line in lines[1:] if line.lower().startswith(b"content-length:")]
                if length and len(body) >= length[0]:
                    return status, body[: length[0]]
            self.sock.settimeout(max(0.01, deadline - time.monotonic()))
            try:
                data = self.sock.recv(65536)
            except (TimeoutError, socket.timeout):
                return None
            except ConnectionError:
                data = b""
            if not data:
                return None if not _ else (status, body)
            received += data

    def close(self):
        self.sock.close()


@pytest.fixture
def raw(http):
    made = []

    def open_raw():
        made.append(Raw(http))
        return made[-1]

    yield open_raw
    for connection in made:
        connection.close()


def request_head(content_length=None):
    """The head of POST /files: with Content-Length, or chunked without it."""
    framing = (
        f"Content-Length: {content_length}\r\n"
        if content_length is not None
        else "Transfer-Encoding: chunked\r\n"
    )
    return (
        "POST /files HTTP/1.1\r\nHost: 127.0.0.1\r\n"
        f"Content-Type: {CONTENT_TYPE}\r\n{framing}\r\n"
    ).encode()


def chunk(data):
    return b"%x\r\n%s\r\n" % (len(data), data)
