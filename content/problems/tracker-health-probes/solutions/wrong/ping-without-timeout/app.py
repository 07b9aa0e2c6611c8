# Caught by test_readiness_gives_up_on_a_silent_database: db.ping() without a timeout waits for
# ever on a database that accepts connections and never answers.
from fastapi import FastAPI, HTTPException
from fastapi.responses import JSONResponse

import db

app = FastAPI(title="Parcel tracker")

READY_TIMEOUT = 1.0  # seconds: a probe must answer well within the kubelet's timeout
QUERY_TIMEOUT = 5.0


@app.get("/healthz")
def healthz() -> dict[str, str]:
    """Liveness: the process answers. Never looks at dependencies."""
    return {"status": "ok"}


@app.get("/readyz")
def readyz() -> JSONResponse:
    """Readiness: can this pod serve requests right now? Asks the database every time."""
    try:
        db.ping()
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
