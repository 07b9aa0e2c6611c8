# Caught by test_in_flight_released_after_a_timeout: the count goes down only when an answer
# arrives, so every timeout leaks one and the balancer shuns that backend for good.
"""The edge proxy: every request enters here and is routed to the monolith or to the services
extracted from it (the strangler fig). Billing is a pool of replicas; each request goes to the
healthy, non-draining backend with the fewest requests in flight (ties: round robin), with active
and passive health checks, and backends can be drained for a deploy."""

import uuid
from dataclasses import dataclass

import httpx
from fastapi import FastAPI, HTTPException, Request
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel

LEGACY_URL = "http://127.0.0.1:9301"  # the monolith

# Stage 2: billing runs as three replicas. Each pool is a list of backends.
POOLS = {
    "legacy": [LEGACY_URL],
    "billing": ["http://127.0.0.1:9311", "http://127.0.0.1:9312", "http://127.0.0.1:9313"],
}
# Path prefixes that have moved out of the monolith; the longest match wins, the rest is legacy.
ROUTES = {
    "/invoices": "billing",
    "/invoices/exports": "legacy",  # not migrated yet
}
UPSTREAM_TIMEOUT = 0.5  # seconds, for connecting and for the whole answer
PROBE_TIMEOUT = 0.5  # seconds, for a health probe
RISE = 2  # consecutive good probes that bring an unhealthy backend back

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


@dataclass
class Backend:
    pool: str
    url: str
    healthy: bool = True
    good_probes: int = 0  # consecutive good probes while unhealthy
    in_flight: int = 0  # requests sent to it and not answered yet
    draining: bool = False

    def failed(self) -> None:
        self.healthy, self.good_probes = False, 0

    def passed(self) -> None:
        if not self.healthy:
            self.good_probes += 1
            if self.good_probes >= RISE:
                self.healthy, self.good_probes = True, 0


class Pool:
    def __init__(self, name: str, urls: list[str]) -> None:
        self.backends = [Backend(name, url) for url in urls]
        self.last = -1  # index of the backend used last

    def candidates(self) -> list[Backend]:
        """Healthy, non-draining backends: fewest in flight first; ties in round-robin order
        (starting after the last one used). sorted() is stable, so the tie order holds."""
        count = len(self.backends)
        order = [self.backends[(self.last + step) % count] for step in range(1, count + 1)]
        usable = [backend for backend in order if backend.healthy and not backend.draining]
        return sorted(usable, key=lambda backend: backend.in_flight)

    def use(self, backend: Backend) -> None:
        self.last = self.backends.index(backend)


pools = {name: Pool(name, urls) for name, urls in POOLS.items()}
app = FastAPI()
client = httpx.AsyncClient(timeout=UPSTREAM_TIMEOUT)


class Target(BaseModel):
    url: str


def pool_for(path: str) -> str:
    """The pool of the longest route prefix that matches whole path segments."""
    best, target = -1, "legacy"
    for prefix, pool in ROUTES.items():
        if (path == prefix or path.startswith(prefix + "/")) and len(prefix) > best:
            best, target = len(prefix), pool
    return target


def hop_by_hop(headers: httpx.Headers | object) -> set[str]:
    """The fixed hop-by-hop names plus any the Connection header lists."""
    listed = headers.get("connection", "")  # type: ignore[attr-defined]
    return HOP_BY_HOP | {name.strip().lower() for name in listed.split(",") if name.strip()}


def listing() -> dict[str, object]:
    return {
        "backends": [
            {
                "pool": backend.pool,
                "url": backend.url,
                "healthy": backend.healthy,
                "draining": backend.draining,
                "in_flight": backend.in_flight,
            }
            for pool in pools.values()
            for backend in pool.backends
        ]
    }


def find(url: str) -> Backend:
    for pool in pools.values():
        for backend in pool.backends:
            if backend.url == url:
                return backend
    raise HTTPException(status_code=404, detail=f"no backend {url}")


@app.get("/_proxy/backends")
async def backends() -> dict[str, object]:
    return listing()


@app.post("/_proxy/drain")
async def drain(target: Target) -> dict[str, object]:
    find(target.url).draining = True  # no new requests; those in flight finish normally
    return listing()


@app.post("/_proxy/undrain")
async def undrain(target: Target) -> dict[str, object]:
    find(target.url).draining = False
    return listing()


@app.post("/_proxy/health-checks")
async def health_checks() -> dict[str, object]:
    for pool in pools.values():
        for backend in pool.backends:
            try:
                answer = await client.get(f"{backend.url}/health", timeout=PROBE_TIMEOUT)
                good = answer.status_code == 200
            except httpx.HTTPError:
                good = False
            if good:
                backend.passed()
            else:
                backend.failed()  # fall = 1: one bad probe takes it out
    return listing()


def gateway_error(status: int, detail: str, request_id: str) -> JSONResponse:
    return JSONResponse({"detail": detail}, status_code=status, headers={"x-request-id": request_id})


async def send(backend: Backend, method: str, url: str, **kwargs: object) -> httpx.Response:
    backend.in_flight += 1
    answer = await client.request(method, url, **kwargs)  # type: ignore[arg-type]
    backend.in_flight -= 1  # only when an answer came back: errors leak the count
    return answer


@app.api_route("/{path:path}", methods=METHODS)
async def proxy(request: Request) -> Response:
    path = request.scope["raw_path"].decode("latin-1")
    query = request.scope["query_string"].decode("latin-1")
    target = path + (f"?{query}" if query else "")
    request_id = request.headers.get("x-request-id") or uuid.uuid4().hex
    skip = hop_by_hop(request.headers) | {"host", "content-length", "x-request-id"}
    headers = [(k, v) for k, v in request.headers.items() if k.lower() not in skip]
    headers.append(("x-request-id", request_id))
    body = await request.body()
    pool = pools[pool_for(request.url.path)]
    candidates = pool.candidates()  # chosen now, before any await
    if not candidates:
        return gateway_error(503, "no healthy upstream", request_id)
    for backend in candidates:  # each usable backend at most once
        pool.use(backend)
        try:
            answer = await send(
                backend, request.method, backend.url + target, headers=headers, content=body
            )
            break
        except httpx.ConnectError:
            # The request never reached it: safe to try the next one, whatever the method.
            backend.failed()
        except httpx.TimeoutException:
            return gateway_error(504, "the upstream timed out", request_id)
        except httpx.HTTPError:
            return gateway_error(502, "the upstream failed", request_id)
    else:
        return gateway_error(502, "no upstream could be reached", request_id)
    # httpx has already decoded the body: its length and encoding are ours to set now.
    skip = hop_by_hop(answer.headers) | {"content-length", "content-encoding"}
    response = Response(content=answer.content, status_code=answer.status_code)
    for name, value in answer.headers.multi_items():
        if name.lower() not in skip:
            response.headers.append(name, value)
    response.headers["x-request-id"] = request_id
    return response
