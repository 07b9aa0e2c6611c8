from conftest import GIF87, GIF89, JPEG, PDF, SVG, WAV, WEBP, accepted, png, refused, upload


def test_every_allowed_type_is_recognised(http):
    """PNG, JPEG, GIF87a, GIF89a and WebP are accepted, each with its own type."""
    for data, kind in (
        (png(), "image/png"),
        (JPEG, "image/jpeg"),
        (GIF87, "image/gif"),
        (GIF89, "image/gif"),
        (WEBP, "image/webp"),
    ):
        body = accepted(http, data, "upload.bin", "application/octet-stream")
        assert body["type"] == kind, f"bytes starting {data[:12]!r} are {kind}, got {body['type']}"


def test_the_clients_claims_are_ignored(http):
    """A PNG named avatar.txt, sent as text/plain, is still accepted as image/png."""
    body = accepted(http, png(), "avatar.txt", "text/plain")
    assert body["type"] == "image/png", "the type comes from the bytes, not from the client"


def test_svg_is_refused(http):
    """An SVG is refused (415), even named .svg and sent as image/svg+xml: it can hold scripts."""
    refused(
        http, SVG, "logo.svg", "image/svg+xml",
        "SVG is XML that may contain <script>: opened directly, it runs in your origin.",
    )


def test_riff_that_is_not_webp_is_refused(http):
    """A WAV file (RIFF ... WAVE) is refused: RIFF alone does not make a WebP."""
    refused(http, WAV, "avatar.webp", "image/webp", "WebP is RIFF with WEBP at bytes 8-11.")


def test_other_documents_and_tiny_files_are_refused(http):
    """A PDF, an empty file and a three-byte file are refused with 415."""
    refused(http, PDF, "avatar.jpg", "image/jpeg", "these bytes are a PDF.")
    refused(http, b"", "empty.png", "image/png", "an empty file is not an image.")
    refused(http, b"\x89PN", "short.png", "image/png", "three bytes are not a PNG signature.")


def test_served_type_is_the_detected_one(http):
    """A PNG uploaded as image/gif is served as image/png (the server's type), with nosniff."""
    body = accepted(http, png(), "avatar.gif", "image/gif")
    download = http.get(f"/avatars/{body['id']}")
    assert download.headers["content-type"] == "image/png", (
        "serve the type your server detected, never the one the uploader claimed"
    )
    assert download.headers.get("x-content-type-options") == "nosniff"


def test_size_cap(http):
    """A body over 256 KiB is refused with 413."""
    big = png() + b"\x00" * (256 * 1024)
    assert upload(http, big).status_code == 413


def test_unknown_avatar_is_404(http):
    """An id the app did not issue is 404."""
    accepted(http, png())
    for path in ("/avatars/0123456789abcdef0123456789abcdef", "/avatars/..%2Fapp.py", "/avatars/x"):
        assert http.get(path).status_code == 404, f"GET {path} should be 404"
