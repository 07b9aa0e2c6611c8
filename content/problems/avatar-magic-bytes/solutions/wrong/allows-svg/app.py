# Caught by test_svg_is_refused: SVG is on the allow-list, but an SVG is an XML document that
# can carry <script>, which runs in your origin when the avatar is opened directly.
"""Avatars: image uploads accepted by what their bytes are, not by what the client says."""

import re
import uuid

from fastapi import FastAPI, HTTPException, Response, UploadFile

MAX_BODY = 256 * 1024  # bytes, the whole request body
FILE_ID = re.compile(r"[0-9a-f]{32}")

app = FastAPI()
avatars: dict[str, tuple[str, bytes]] = {}  # id -> (detected type, bytes)


def sniff(data: bytes) -> str | None:
    """The image type of `data` by its magic bytes, from an allow-list; None for anything else."""
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    if data.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    if data[:6] in (b"GIF87a", b"GIF89a"):
        return "image/gif"
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":  # RIFF alone is also WAV, AVI, ...
        return "image/webp"
    if data.lstrip().startswith((b"<svg", b"<?xml")):
        return "image/svg+xml"
    return None


@app.post("/avatars", status_code=201, max_body_size=MAX_BODY)
def upload(image: UploadFile, response: Response) -> dict:
    data = image.file.read()
    # image.filename and image.content_type are the client's claims: ignore them.
    kind = sniff(data)
    if kind is None:
        raise HTTPException(415, "an avatar is a PNG, JPEG, GIF or WebP image")
    avatar_id = uuid.uuid4().hex
    avatars[avatar_id] = (kind, data)
    response.headers["Location"] = f"/avatars/{avatar_id}"
    return {"id": avatar_id, "type": kind, "size": len(data)}


@app.get("/avatars/{avatar_id}")
def download(avatar_id: str) -> Response:
    if not FILE_ID.fullmatch(avatar_id) or avatar_id not in avatars:
        raise HTTPException(404, "no such avatar")
    kind, data = avatars[avatar_id]
    return Response(data, media_type=kind, headers={"X-Content-Type-Options": "nosniff"})
