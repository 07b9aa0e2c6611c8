# Caught by test_userinfo_cannot_smuggle_another_host: the URL text must start with a partner's
# origin, and http://127.0.0.1:8701@127.0.0.1:8703/ does, while it connects to port 8703.
"""Partner feed preview: the integrations team checks what a partner's feed URL returns."""

import httpx
from fastapi import FastAPI, HTTPException
from pydantic import BaseModel

# The partners whose feeds we import (scheme, host, port).
ALLOWED_ORIGINS = {("http", "127.0.0.1", 8701), ("http", "localhost", 8702)}
DEFAULT_PORTS = {"http": 80, "https": 443}

app = FastAPI()


class PreviewRequest(BaseModel):
    url: str


PREFIXES = ("http://127.0.0.1:8701", "http://localhost:8702")


def allowed(url: str) -> bool:
    return url.startswith(PREFIXES)


@app.post("/preview")
def preview(request: PreviewRequest) -> dict[str, object]:
    if not allowed(request.url):
        raise HTTPException(status_code=400, detail="this URL is not an allowed partner feed")
    # No redirects: a partner's 302 could point anywhere, past the check above.
    with httpx.Client(follow_redirects=False, timeout=2.0, trust_env=False) as client:
        try:
            upstream = client.get(request.url)
        except httpx.HTTPError:
            raise HTTPException(status_code=502, detail="the partner did not answer") from None
    if upstream.is_redirect:
        raise HTTPException(status_code=502, detail="the partner redirected; not followed")
    return {
        "url": request.url,
        "status": upstream.status_code,
        "content_type": upstream.headers.get("content-type", ""),
        "body": upstream.text[:1000],
    }
