# Caught by test_method_query_and_body_are_forwarded: the upstream URL is built from the path
# alone, so ?draft=1&tag=a never reaches the service.
"""The edge proxy: every request enters here and is routed to the monolith or to the services
extracted from it (the strangler fig)."""

import uuid

import httpx
from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, Response

LEGACY_URL = "http://127.0.0.1:9301"  # the monolith
BILLING_URL = "http://127.0.0.1:9302"  # the billing service, extracted from it

# Path prefixes that have moved out of the monolith; the longest match wins, the rest is legacy.
ROUTES = {
    "/invoices": BILLING_URL,
    "/invoices/exports": LEGACY_URL,  # not migrated yet
}
UPSTREAM_TIMEOUT = 0.5  # seconds, for connecting and for the whole answer

# Hop-by-hop headers describe one connection, not the message: never forwarded (RFC 9110 7.6.1).
HOP_BY_HOP = {
    "connection",
    "keep-alive",
    "proxy-authenticate",
    "proxy-authorization",
    "proxy-connection",
    "te",
    "trailer",
    "transfer-encoding",
    "upgrade",
}
METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"]

app = FastAPI()
client = httpx.AsyncClient(timeout=UPSTREAM_TIMEOUT)


def upstream_for(path: str) -> str:
    """The upstream of the longest route prefix that matches whole path segments."""
    best, target = -1, LEGACY_URL
    for prefix, url in ROUTES.items():
        if (path == prefix or path.startswith(prefix + "/")) and len(prefix) > best:
            best, target = len(prefix), url
    return target


def hop_by_hop(headers: httpx.Headers | object) -> set[str]:
    """The fixed hop-by-hop names plus any the Connection header lists."""
    listed = headers.get("connection", "")  # type: ignore[attr-defined]
    return HOP_BY_HOP | {name.strip().lower() for name in listed.split(",") if name.strip()}


@app.api_route("/{path:path}", methods=METHODS)
async def proxy(request: Request) -> Response:
    path = request.scope["raw_path"].decode("latin-1")
    query = request.scope["query_string"].decode("latin-1")
    url = upstream_for(request.url.path) + path  # the query string is left behind
    request_id = request.headers.get("x-request-id") or uuid.uuid4().hex
    skip = hop_by_hop(request.headers) | {"host", "content-length", "x-request-id"}
    headers = [(k, v) for k, v in request.headers.items() if k.lower() not in skip]
    headers.append(("x-request-id", request_id))
    try:
        answer = await client.request(
            request.method, url, headers=headers, content=await request.body()
        )
    except httpx.TimeoutException:
        return JSONResponse({"detail": "the upstream timed out"}, status_code=504,
                            headers={"x-request-id": request_id})  # fmt: skip
    except httpx.HTTPError:
        return JSONResponse({"detail": "the upstream is unreachable"}, status_code=502,
                            headers={"x-request-id": request_id})  # fmt: skip
    # httpx has already decoded the body: its length and encoding are ours to set now.
    skip = hop_by_hop(answer.headers) | {"content-length", "content-encoding"}
    response = Response(content=answer.content, status_code=answer.status_code)
    for name, value in answer.headers.multi_items():
        if name.lower() not in skip:
            response.headers.append(name, value)
    response.headers["x-request-id"] = request_id
    return response
