import time

from fastapi import FastAPI, HTTPException, Request, Response
from fastapi.responses import JSONResponse
from prometheus_client import CONTENT_TYPE_LATEST, Counter, Gauge, Histogram, generate_latest

import db

app = FastAPI(title="Parcel tracker")

READY_TIMEOUT = 1.0  # seconds: a probe must answer well within the kubelet's timeout
QUERY_TIMEOUT = 5.0

REQUESTS = Counter(
    "http_requests_total", "HTTP requests handled", ["method", "route", "status"]
)
LATENCY = Histogram(
    "http_request_duration_seconds",
    "Time to handle an HTTP request",
    ["method", "route"],
    # Around the 500 ms objective, finer where most requests are; one bound exactly at 0.5.
    buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0),
)
IN_PROGRESS = Gauge("http_requests_in_progress", "HTTP requests being handled")


@app.middleware("http")
async def measure(request: Request, call_next):
    if request.url.path == "/metrics":
        return await call_next(request)
    started = time.perf_counter()
    status = 500  # what the client gets if the handler raises
    with IN_PROGRESS.track_inprogress():
        try:
            response = await call_next(request)
            status = response.status_code
            return response
        finally:
            # The route's template, not the path: one time series per endpoint, not per id.
            route = request.scope.get("route")
            label = route.path if route is not None else "unmatched"
            LATENCY.labels(request.method, label).observe(time.perf_counter() - started)
            REQUESTS.labels(request.method, label, str(status)).inc()


@app.get("/metrics")
def metrics() -> Response:
    return Response(generate_latest(), media_type=CONTENT_TYPE_LATEST)


@app.get("/healthz")
def healthz() -> dict[str, str]:
    """Liveness: the process answers. Never looks at dependencies."""
    return {"status": "ok"}


@app.get("/readyz")
def readyz() -> JSONResponse:
    """Readiness: can this pod serve requests right now? Asks the database every time."""
    try:
        db.ping(timeout=READY_TIMEOUT)
    except db.DatabaseError:
        return JSONResponse({"status": "unavailable"}, status_code=503)
    return JSONResponse({"status": "ready"})


# A plain def: FastAPI runs it in its thread pool, so the blocking driver never holds the
# event loop that answers the probes.
@app.get("/shipments/{shipment_id}")
def read_shipment(shipment_id: str) -> dict:
    try:
        shipment = db.fetch_shipment(shipment_id, timeout=QUERY_TIMEOUT)
    except db.DatabaseError:
        raise HTTPException(status_code=503, detail="database unavailable") from None
    if shipment is None:
        raise HTTPException(status_code=404, detail="shipment not found")
    return shipment
