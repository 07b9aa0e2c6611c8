# Caught by test_errors_are_counted_with_their_status: each endpoint counts itself just before it
# returns, so every 404 and 503 (raised as HTTPException) is missing from the error rate.
import time

from fastapi import FastAPI, HTTPException, Response
from fastapi.responses import JSONResponse
from prometheus_client import CONTENT_TYPE_LATEST, Counter, Gauge, Histogram, generate_latest

import db

app = FastAPI(title="Parcel tracker")

READY_TIMEOUT = 1.0
QUERY_TIMEOUT = 5.0

REQUESTS = Counter("http_requests_total", "HTTP requests handled", ["method", "route", "status"])
LATENCY = Histogram(
    "http_request_duration_seconds",
    "Time to handle an HTTP request",
    ["method", "route"],
    buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0),
)
IN_PROGRESS = Gauge("http_requests_in_progress", "HTTP requests being handled")


def record(route: str, status: int, started: float) -> None:
    LATENCY.labels("GET", route).observe(time.perf_counter() - started)
    REQUESTS.labels("GET", route, str(status)).inc()


@app.get("/metrics")
def metrics() -> Response:
    return Response(generate_latest(), media_type=CONTENT_TYPE_LATEST)


@app.get("/healthz")
@IN_PROGRESS.track_inprogress()
def healthz() -> dict[str, str]:
    started = time.perf_counter()
    record("/healthz", 200, started)
    return {"status": "ok"}


@app.get("/readyz")
@IN_PROGRESS.track_inprogress()
def readyz() -> JSONResponse:
    started = time.perf_counter()
    try:
        db.ping(timeout=READY_TIMEOUT)
    except db.DatabaseError:
        return JSONResponse({"status": "unavailable"}, status_code=503)
    record("/readyz", 200, started)
    return JSONResponse({"status": "ready"})


@app.get("/shipments/{shipment_id}")
@IN_PROGRESS.track_inprogress()
def read_shipment(shipment_id: str) -> dict:
    started = time.perf_counter()
    try:
        shipment = db.fetch_shipment(shipment_id, timeout=QUERY_TIMEOUT)
    except db.DatabaseError:
        raise HTTPException(status_code=503, detail="database unavailable") from None
    if shipment is None:
        raise HTTPException(status_code=404, detail="shipment not found")
    record("/shipments/{shipment_id}", 200, started)
    return shipment
