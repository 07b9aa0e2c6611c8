# Caught by test_a_download_is_never_rendered: the download is served with the Content-Type
# the uploader chose, so an uploaded text/html page with a script runs in the victim's browser.
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

app = FastAPI()
files: dict[str, dict] = {}  # id -> {"name", "size", "sha256"}; the bytes are on disk
types: dict[str, str] = {}  # id -> the Content-Type of the uploaded part


def safe_name(filename: str | None) -> str:
    """The last path component, only [A-Za-z0-9._-], no leading dots, at most 100 characters."""
    name = (filename or "").replace("\\", "/").rsplit("/", 1)[-1]
    name = re.sub(r"[^A-Za-z0-9._-]", "_", name).lstrip(".")[:100]
    return name or "file"


# max_body_size: FastAPI counts the body while it arrives. A Content-Length over the cap is
# refused before anything is read, a chunked body as soon as it passes the cap: 413 either way.
@app.post("/files", status_code=201, max_body_size=MAX_BODY)
def upload(file: UploadFile, response: Response) -> dict:
    file_id = uuid.uuid4().hex  # never the client's name: nothing to traverse, nothing to clash
    digest, size = hashlib.sha256(), 0
    with open(UPLOAD_DIR / file_id, "wb") as out:
        while chunk := file.file.read(CHUNK):
            digest.update(chunk)
            size += len(chunk)
            out.write(chunk)
    files[file_id] = {"name": safe_name(file.filename), "size": size, "sha256": digest.hexdigest()}
    types[file_id] = file.content_type or "application/octet-stream"
    response.headers["Location"] = f"/files/{file_id}"
    return {"id": file_id, **files[file_id]}


@app.get("/files/{file_id}")
def download(file_id: str) -> FileResponse:
    if not FILE_ID.fullmatch(file_id) or file_id not in files:
        raise HTTPException(404, "no such file")
    return FileResponse(
        UPLOAD_DIR / file_id,
        media_type=types[file_id],
        filename=files[file_id]["name"],  # Content-Disposition: attachment; filename="..."
        headers={"X-Content-Type-Options": "nosniff"},
    )
