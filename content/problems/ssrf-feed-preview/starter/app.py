"""Partner feed preview: the integrations team checks what a partner's feed URL returns."""

import urllib.request

from fastapi import FastAPI, HTTPException
from pydantic import BaseModel

# The partners whose feeds we import (scheme, host, port).
ALLOWED_ORIGINS = {("http", "127.0.0.1", 8701), ("http", "localhost", 8702)}

app = FastAPI()


class PreviewRequest(BaseModel):
    url: str


@app.post("/preview")
def preview(request: PreviewRequest) -> dict[str, object]:
    try:
        with urllib.request.urlopen(request.url, timeout=2) as upstream:
            body = upstream.read(4096).decode("utf-8", errors="replace")
            return {
                "url": request.url,
                "status": upstream.status,
                "content_type": upstream.headers.get("Content-Type", ""),
                "body": body[:1000],
            }
    except OSError as error:
        raise HTTPException(status_code=502, detail=f"upstream failed: {error}") from None
