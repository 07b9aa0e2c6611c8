"""Shared by the checks (shown to learners): small files of every kind, and the upload call."""

import struct
import zlib


def png(width=2, height=2):
    """A real, tiny PNG."""

    def block(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    pixels = zlib.compress(b"".join(b"\x00" + b"\xff\x00\x00" * width for _ in range(height)))
    return b"\x89PNG\r\n\x1a\n" + block(b"IHDR", header) + block(b"IDAT", pixels) + block(b"IEND", b"")


JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00" + b"\x00" * 64 + b"\xff\xd9"
GIF87 = b"GIF87a\x01\x00\x01\x00\x00\x00\x00,\x00\x00\x00\x00\x01\x00\x01\x00\x00\x02\x00;"
GIF89 = b"GIF89a" + GIF87[6:]
WEBP = b"RIFF\x1a\x00\x00\x00WEBPVP8L\x0d\x00\x00\x00\x2f\x00\x00\x00\x10\x07\x10\x11\x11\x88\x88\xfe\x07\x00"
WAV = b"RIFF\x24\x00\x00\x00WAVEfmt \x10\x00\x00\x00\x01\x00\x01\x00\x44\xac\x00\x00" + b"\x00" * 16
HTML = b"<html><body><script>fetch('/api/me').then(r => r.text()).then(alert)</script></body></html>"
SVG = (
    b'<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">'
    b"<script>alert(document.domain)</script></svg>"
)
PDF = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def upload(http, data, filename="avatar.png", content_type="image/png"):
    return http.post("/avatars", files={"image": (filename, data, content_type)})


def accepted(http, data, filename="avatar.png", content_type="image/png"):
    response = upload(http, data, filename, content_type)
    assert response.status_code == 201, (
        f"{filename} ({content_type}, {len(data)} bytes starting {data[:8]!r}): expected 201, "
        f"got {response.status_code}: {response.text[:200]}"
    )
    return response.json()


def refused(http, data, filename, content_type, why):
    response = upload(http, data, filename, content_type)
    assert response.status_code == 415, (
        f"{filename} sent as {content_type}: expected 415 Unsupported Media Type, got "
        f"{response.status_code}. {why}"
    )
