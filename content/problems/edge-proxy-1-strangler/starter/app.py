"""The edge proxy: every request enters here and is routed to the monolith or to the services
extracted from it (the strangler fig)."""

import httpx
from fastapi import FastAPI, Request
from fastapi.responses import Response

LEGACY_URL = "http://127.0.0.1:9301"  # the monolith
BILLING_URL = "http://127.0.0.1:9302"  # the billing service, extracted from it

# Path prefixes that have moved out of the monolith; the longest match wins, the rest is legacy.
ROUTES = {
    "/invoices": BILLING_URL,
    "/invoices/exports": LEGACY_URL,  # not migrated yet
}
UPSTREAM_TIMEOUT = 0.5  # seconds

app = FastAPI()
client = httpx.AsyncClient(timeout=UPSTREAM_TIMEOUT)


@app.api_route("/{path:path}", methods=["GET", "POST", "PUT", "PATCH", "DELETE"])
async def proxy(request: Request) -> Response:
    # TODO: route by ROUTES, forward the whole request, pass the whole answer back.
    answer = await client.get(LEGACY_URL + request.url.path)
    return Response(content=answer.content, media_type="application/json")
