import hashlib
import re

from conftest import multipart, request_head, uploaded


def test_sample_upload_then_download(http):
    content = b"hello, world\n"
    body = uploaded(http, "hello.txt", content)
    assert re.fullmatch(r"[0-9a-f]{32}", body["id"]), "the id is 32 lowercase hex digits (uuid4().hex)"
    assert body == {
        "id": body["id"],
        "name": "hello.txt",
        "size": len(content),
        "sha256": hashlib.sha256(content).hexdigest(),
    }
    download = http.get(f"/files/{body['id']}")
    assert download.status_code == 200 and download.content == content
    assert download.headers["content-type"] == "application/octet-stream"
    assert download.headers.get("content-disposition") == 'attachment; filename="hello.txt"'
    assert download.headers.get("x-content-type-options") == "nosniff"


def test_sample_declared_too_large_is_refused_at_once(raw):
    connection = raw()
    body = multipart("big.bin", b"x" * 8 * 1024 * 1024)
    connection.send(request_head(content_length=len(body)) + body[:1024])
    status = connection.status()
    assert status is not None, (
        "Content-Length says 8 MiB and only 1 KiB has arrived: answer 413 now instead of "
        "waiting for (and storing) the rest"
    )
    assert status == 413, f"a body over 1 MiB is 413 Content Too Large, got {status}"
