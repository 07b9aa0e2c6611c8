# Caught by test_liveness_never_touches_the_database: /healthz pings the database, so a database
# outage fails every pod's liveness probe and Kubernetes restarts them all.
from fastapi import FastAPI, HTTPException
from fastapi.responses import JSONResponse

import db

app = FastAPI(title="Parcel tracker")

READY_TIMEOUT = 1.0  # seconds: a probe must answer well within the kubelet's timeout
QUERY_TIMEOUT = 5.0


@app.get("/healthz")
def healthz() -> dict[str, str]:
    """Liveness... and the database, "to be thorough"."""
    try:
        db.ping(timeout=READY_TIMEOUT)
    except db.DatabaseError:
        raise HTTPException(status_code=503, detail="database unavailable") from None
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
