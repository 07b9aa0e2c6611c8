# Caught by test_other_spellings_of_loopback_are_refused: the internal service is refused by
# name, and 127.1 or 2130706433 are other names for the same address.
"""Partner feed preview: the integrations team checks what a partner's feed URL returns."""

from urllib.parse import urlsplit

import httpx
from fastapi import FastAPI, HTTPException
from pydantic import BaseModel

# The partners whose feeds we import (scheme, host, port).
ALLOWED_ORIGINS = {("http", "127.0.0.1", 8701), ("http", "localhost", 8702)}
DEFAULT_PORTS = {"http": 80, "https": 443}

app = FastAPI()


class PreviewRequest(BaseModel):
    url: str


BLOCKED = {("127.0.0.1", 8703), ("localhost", 8703), ("169.254.169.254", 80)}


def allowed(url: str) -> bool:
    """Anything but the internal services we know of."""
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        return False
    if parts.scheme.lower() not in DEFAULT_PORTS or not parts.hostname:
        return False
    origin = (parts.hostname.lower(), port or DEFAULT_PORTS[parts.scheme.lower()])
    return origin not in BLOCKED


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
