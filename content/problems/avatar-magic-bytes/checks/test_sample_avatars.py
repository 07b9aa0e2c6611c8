import re

from conftest import HTML, accepted, png, refused


def test_sample_png_upload_and_download(http):
    image = png()
    response = http.post("/avatars", files={"image": ("me.png", image, "image/png")})
    assert response.status_code == 201, f"expected 201, got {response.status_code}"
    body = response.json()
    assert re.fullmatch(r"[0-9a-f]{32}", body["id"])
    assert body == {"id": body["id"], "type": "image/png", "size": len(image)}
    assert response.headers.get("location") == f"/avatars/{body['id']}"
    download = http.get(f"/avatars/{body['id']}")
    assert download.status_code == 200 and download.content == image
    assert download.headers["content-type"] == "image/png"
    assert download.headers.get("x-content-type-options") == "nosniff"


def test_sample_html_named_png_is_refused(http):
    refused(
        http, HTML, "cat.png", "image/png",
        "The name and the part's Content-Type are chosen by the client; the bytes are HTML.",
    )
    accepted(http, png(), "cat.png", "image/png")
