from fastapi import FastAPI

import db

app = FastAPI(title="Parcel tracker")


@app.get("/healthz")
def healthz() -> dict[str, str]:
    # TODO: liveness and readiness are different questions; see the statement.
    db.ping()
    return {"status": "ok"}


@app.get("/shipments/{shipment_id}")
async def read_shipment(shipment_id: str) -> dict:
    return db.fetch_shipment(shipment_id)
