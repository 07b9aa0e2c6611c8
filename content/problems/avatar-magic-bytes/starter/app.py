"""Avatars: image uploads accepted by what their bytes are, not by what the client says."""

import uuid

from fastapi import FastAPI, HTTPException, Response, UploadFile

MAX_BODY = 256 * 1024  # bytes, the whole request body

app = FastAPI()
avatars: dict[str, tuple[str, bytes]] = {}  # id -> (type, bytes)


@app.post("/avatars", status_code=201)
def upload(image: UploadFile, response: Response) -> dict:
    # TODO: decide the type from the bytes (an allow-list of magic numbers), not from what the
    # client claims; the size cap; a Location header.
    if not (image.content_type or "").startswith("image/"):
        raise HTTPException(415, "an avatar is an image")
    data = image.file.read()
    avatar_id = uuid.uuid4().hex
    avatars[avatar_id] = (image.content_type, data)
    return {"id": avatar_id, "type": image.content_type, "size": len(data)}


@app.get("/avatars/{avatar_id}")
def download(avatar_id: str) -> Response:
    if avatar_id not in avatars:
        raise HTTPException(404, "no such avatar")
    kind, data = avatars[avatar_id]
    return Response(data, media_type=kind)  # TODO: the headers
