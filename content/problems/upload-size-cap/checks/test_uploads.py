import hashlib
import json

from conftest import (
    CONTENT_TYPE,
    MAX_BODY,
    chunk,
    envelope_size,
    multipart,
    request_head,
    upload,
    uploaded,
)


def test_exactly_the_cap_is_accepted_one_byte_more_is_not(http):
    """A body of exactly 1 MiB is stored; 1 MiB and one byte is 413."""
    content = b"a" * (MAX_BODY - envelope_size("cap.bin"))
    body = uploaded(http, "cap.bin", content)
    assert body["size"] == len(content)
    response = upload(http, "cap.bin", content + b"a")
    assert response.status_code == 413, (
        f"a body of {MAX_BODY + 1} bytes is one byte over the cap: 413, got {response.status_code}"
    )


def test_chunked_upload_is_stopped_at_the_cap(raw):
    """A chunked body (no Content-Length) gets a 413 once more than 1 MiB has arrived."""
    connection = raw()
    connection.send(request_head())
    body = multipart("stream.bin", b"y" * (2 * MAX_BODY))
    piece = 64 * 1024
    for start in range(0, MAX_BODY, piece):
        connection.send(chunk(body[start : start + piece]))
    connection.send(chunk(body[MAX_BODY : MAX_BODY + 1]))  # the first byte over the cap
    status = connection.status()
    assert status is not None, (
        "1 MiB and one byte of a chunked body arrived, and more was on its way: without a "
        "Content-Length the cap must be enforced while counting the bytes, not by the header"
    )
    assert status == 413, f"expected 413, got {status}"


def test_chunked_upload_under_the_cap_is_stored(raw, http):
    """A chunked body under the cap is stored whole, with the right size and SHA-256."""
    content = bytes(range(256)) * 1200  # 300 KiB of every byte value
    body = multipart("bytes.bin", content)
    connection = raw()
    connection.send(request_head())
    for start in range(0, len(body), 50_000):
        connection.send(chunk(body[start : start + 50_000]))
    connection.send(b"0\r\n\r\n")
    reply = connection.reply()
    assert reply is not None and reply[0] == 201, (
        f"a chunked upload under the cap is stored (201), got {reply and reply[0]}"
    )
    stored = json.loads(reply[1])
    assert stored["size"] == len(content)
    assert stored["sha256"] == hashlib.sha256(content).hexdigest()
    assert http.get(f"/files/{stored['id']}").content == content


def test_names_are_made_safe(http):
    """The stored name is the last path part, only [A-Za-z0-9._-], no leading dots, <= 100."""
    cases = {
        "../../etc/passwd": "passwd",
        "..\\..\\windows\\boot.ini": "boot.ini",
        "/var/www/html/index.php": "index.php",
        "my report (final).pdf": "my_report__final_.pdf",
        ".htaccess": "htaccess",
        "...": "file",
        "a;b=c d.txt": "a_b_c_d.txt",
        "résumé.pdf": "r_sum_.pdf",
        "a" * 150 + ".txt": "a" * 100,
    }
    for original, expected in cases.items():
        body = uploaded(http, original, b"data")
        assert body["name"] == expected, f"{original!r} should be stored as {expected!r}, got {body['name']!r}"
        disposition = http.get(f"/files/{body['id']}").headers.get("content-disposition")
        assert disposition == f'attachment; filename="{expected}"', disposition


def test_same_name_twice_keeps_both_files(http):
    """Two uploads named report.pdf get different ids and keep their own contents."""
    first = uploaded(http, "report.pdf", b"first version")
    second = uploaded(http, "report.pdf", b"second version")
    assert first["id"] != second["id"], "ids are made by the server, not taken from the name"
    assert http.get(f"/files/{first['id']}").content == b"first version", (
        "the second upload overwrote the first"
    )
    assert http.get(f"/files/{second['id']}").content == b"second version"


def test_a_download_is_never_rendered(http):
    """An uploaded HTML page comes back as an octet-stream attachment with nosniff."""
    page = b"<html><script>alert(document.cookie)</script></html>"
    body = uploaded(http, "page.html", page, "text/html")
    download = http.get(f"/files/{body['id']}")
    assert download.content == page
    assert download.headers["content-type"] == "application/octet-stream", (
        "never serve an upload with the type its uploader chose: a browser would run its script"
    )
    assert download.headers.get("content-disposition", "").startswith("attachment")
    assert download.headers.get("x-content-type-options") == "nosniff"


def test_unknown_or_escaping_ids_are_404(http):
    """Ids the app did not issue are 404, including ones that try to leave the folder."""
    uploaded(http, "x.txt", b"x")
    for path in (
        "/files/0123456789abcdef0123456789abcdef",
        "/files/..%2F..%2Flab%2Fapp.py",
        "/files/%2Flab%2Fapp.py",
        "/files/..%2Fapp.py",
        "/files/app.py",
    ):
        response = http.get(path)
        assert response.status_code == 404, f"GET {path}: expected 404, got {response.status_code}"
        assert b"FastAPI" not in response.content, f"GET {path} served a file of the server"


def test_missing_file_part_is_422(http):
    """A multipart body without a part named file is 422."""
    body = (
        f"--winterarc-boundary-7d3f\r\nContent-Disposition: form-data; name=\"other\"\r\n\r\n"
        f"hello\r\n--winterarc-boundary-7d3f--\r\n"
    ).encode()
    response = http.post("/files", content=body, headers={"Content-Type": CONTENT_TYPE})
    assert response.status_code == 422
