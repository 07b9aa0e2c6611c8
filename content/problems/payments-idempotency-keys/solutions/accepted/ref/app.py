"""Payments API: POST /payments charges a card through the provider, at most once per
Idempotency-Key."""

import json
from dataclasses import dataclass

import httpx
from fastapi import FastAPI, Header
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field

PROVIDER_URL = "http://127.0.0.1:9471"  # the card processor (the checks run it)

app = FastAPI()
provider = httpx.AsyncClient(base_url=PROVIDER_URL, timeout=5.0)
payments_made = 0


class PaymentIn(BaseModel):
    amount: int = Field(gt=0)  # in cents
    currency: str = Field(pattern=r"^[A-Z]{3}$")
    customer: str = Field(min_length=1, max_length=64)


@dataclass
class Attempt:
    fingerprint: str  # the request it was made for
    status: int | None = None  # None while the first request is still being processed
    body: dict[str, object] | None = None


attempts: dict[str, Attempt] = {}


def error(status: int, detail: str) -> JSONResponse:
    return JSONResponse({"detail": detail}, status_code=status)


@app.post("/payments", status_code=201)
async def create_payment(
    payment: PaymentIn,
    idempotency_key: str | None = Header(default=None, alias="Idempotency-Key"),
) -> JSONResponse:
    if not idempotency_key or len(idempotency_key) > 255:
        return error(400, "an Idempotency-Key header of 1 to 255 characters is required")
    # The same request is the same JSON value, whatever its key order or whitespace.
    fingerprint = json.dumps(payment.model_dump(), sort_keys=True)
    found = attempts.get(idempotency_key)
    if found is not None:
        if found.fingerprint != fingerprint:
            return error(422, "this Idempotency-Key was used for a different request")
        if found.status is None:
            return error(409, "a request with this Idempotency-Key is still being processed")
        return JSONResponse(found.body, status_code=found.status,
                            headers={"Idempotent-Replayed": "true"})  # fmt: skip
    # No await between the lookup and this line: no other request can slip in between.
    attempt = attempts[idempotency_key] = Attempt(fingerprint)
    try:
        answer = await provider.post("/charges", json=payment.model_dump())
    except httpx.HTTPError:
        answer = None
    if answer is None or answer.status_code not in (201, 402):
        # The processor refused (nothing was charged) or never answered: keep no result, so
        # the client's retry with the same key is processed afresh (see the editorial).
        del attempts[idempotency_key]
        return error(502, "the card processor failed; retry with the same Idempotency-Key")
    global payments_made
    payments_made += 1
    body: dict[str, object] = {"id": f"pay_{payments_made}", **payment.model_dump()}
    if answer.status_code == 201:
        body.update(status="succeeded", charge_id=answer.json()["charge_id"])
    else:
        body.update(status="declined", charge_id=None)
    attempt.status, attempt.body = answer.status_code, body
    return JSONResponse(body, status_code=attempt.status)
