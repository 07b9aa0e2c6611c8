# Caught by test_internal_port_is_refused: the allow-list names the partners' hosts, not their
# ports, and the internal service listens on the same host.
"""Partner feed preview: the integrations team checks what a partner's feed URL returns."""

from urllib.parse import urlsplit

import httpx
from fastapi import FastAPI, HTTPException
from pydantic import BaseModel

# The partners whose feeds we import (scheme, host, port).
ALLOWED_ORIGINS = {("http", "127.0.0.1", 8701), ("http", "localhost", 8702)}
DEFAULT_PORTS = {"http": 80, "https": 443}
ALLOWED_HOSTS = {host for _, host, _ in ALLOWED_ORIGINS}

app = FastAPI()


class PreviewRequest(BaseModel):
    url: str


def allowed(url: str) -> bool:
    """Is `url` on one of the allowed origins? Decided on the parsed URL, never the text.

    The origin is what the HTTP client will connect to: the scheme, the host after any
    user:password@, and the port (or the scheme's default). URLs with credentials are
    refused outright: they exist to confuse exactly this kind of check.
    """
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:  # a port that is not a number, or out of range
        return False
    if parts.username is not None or parts.password is not None:
        return False
    scheme = parts.scheme.lower()
    return scheme == "http" and (parts.hostname or "").lower() in ALLOWED_HOSTS


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
