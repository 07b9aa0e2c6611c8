"""Upload box: multipart uploads with a hard size cap, stored under server-made ids."""

from fastapi import FastAPI, Response, UploadFile

MAX_BODY = 1024 * 1024  # bytes: the whole request body, multipart envelope included

app = FastAPI()
files: dict[str, tuple[str, bytes]] = {}


@app.post("/files", status_code=201)
def upload(file: UploadFile, response: Response) -> dict:
    # TODO: refuse bodies over MAX_BODY while they arrive (413); a server-made id; a safe name;
    # the size and the SHA-256.
    data = file.file.read()
    files[file.filename] = (file.filename, data)
    return {"id": file.filename, "name": file.filename, "size": len(data)}


# TODO: GET /files/{id}: the bytes, as an attachment that no browser will render.
