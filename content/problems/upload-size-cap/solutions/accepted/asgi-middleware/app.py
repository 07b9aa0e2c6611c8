"""Upload box: multipart uploads with a hard size cap, stored under server-made ids."""

import hashlib
import re
import shutil
import tempfile
import uuid
from pathlib import Path

from fastapi import FastAPI, HTTPException, Response, UploadFile
from fastapi.responses import FileResponse

MAX_BODY = 1024 * 1024  # bytes: the whole request body, multipart envelope included
UPLOAD_DIR = Path(tempfile.mkdtemp(prefix="uploads-"))
CHUNK = 64 * 1024
FILE_ID = re.compile(r"[0-9a-f]{32}")

class LimitBody:
    """Pure ASGI middleware: count the body as the app receives it, and answer 413 as soon as
    the cap is passed (or at once, when Content-Length says it will be)."""

    def __init__(self, app, limit: int) -> None:
        self.app, self.limit = app, limit

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        declared = dict(scope["headers"]).get(b"content-length")
        if declared is not None and declared.isdigit() and int(declared) > self.limit:
            return await self.refuse(send)
        seen, started, refused = 0, False, False

        async def counting_receive():
            nonlocal seen, refused
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.limit:
                    if not started and not refused:
                        refused = True
                        await self.refuse(send)
                    # Tell the app the client is gone: it stops reading (and whatever error it
                    # answers with is dropped below, the 413 went out already).
                    return {"type": "http.disconnect"}
            return message

        async def guarded_send(message):
            nonlocal started
            if refused:
                return
            started = started or message["type"] == "http.response.start"
            await send(message)

        await self.app(scope, counting_receive, guarded_send)

    @staticmethod
    async def refuse(send) -> None:
        body = b'{"detail": "the upload is larger than 1 MiB"}'
        headers = [(b"content-type", b"application/json"), (b"content-length", b"%d" % len(body))]
        await send({"type": "http.response.start", "status": 413, "headers": headers})
        await send({"type": "http.response.body", "body": body})


app = FastAPI()
app.add_middleware(LimitBody, limit=MAX_BODY)
files: dict[str, dict] = {}  # id -> {"name", "size", "sha256"}; the bytes are on disk


def safe_name(filename: str | None) -> str:
    """The last path component, only [A-Za-z0-9._-], no leading dots, at most 100 characters."""
    name = (filename or "").replace("\\", "/").rsplit("/", 1)[-1]
    name = re.sub(r"[^A-Za-z0-9._-]", "_", name).lstrip(".")[:100]
    return name or "file"


@app.post("/files", status_code=201)
def upload(file: UploadFile, response: Response) -> dict:
    file_id = uuid.uuid4().hex  # never the client's name: nothing to traverse, nothing to clash
    digest, size = hashlib.sha256(), 0
    with open(UPLOAD_DIR / file_id, "wb") as out:
        while chunk := file.file.read(CHUNK):
            digest.update(chunk)
            size += len(chunk)
            out.write(chunk)
    files[file_id] = {"name": safe_name(file.filename), "size": size, "sha256": digest.hexdigest()}
    response.headers["Location"] = f"/files/{file_id}"
    return {"id": file_id, **files[file_id]}


@app.get("/files/{file_id}")
def download(file_id: str) -> FileResponse:
    if not FILE_ID.fullmatch(file_id) or file_id not in files:
        raise HTTPException(404, "no such file")
    return FileResponse(
        UPLOAD_DIR / file_id,
        media_type="application/octet-stream",
        filename=files[file_id]["name"],  # Content-Disposition: attachment; filename="..."
        headers={"X-Content-Type-Options": "nosniff"},
    )
