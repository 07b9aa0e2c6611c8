"""Payments API: POST /payments charges a card through the provider."""

import httpx
from fastapi import FastAPI, HTTPException
from pydantic import BaseModel, Field

PROVIDER_URL = "http://127.0.0.1:9471"  # the card processor (the checks run it)

app = FastAPI()
provider = httpx.AsyncClient(base_url=PROVIDER_URL, timeout=5.0)
payments_made = 0


class PaymentIn(BaseModel):
    amount: int = Field(gt=0)  # in cents
    currency: str = Field(pattern=r"^[A-Z]{3}$")
    customer: str = Field(min_length=1, max_length=64)


@app.post("/payments", status_code=201)
async def create_payment(payment: PaymentIn) -> dict[str, object]:
    # TODO: honour the Idempotency-Key header (see the statement).
    global payments_made
    answer = await provider.post("/charges", json=payment.model_dump())
    if answer.status_code != 201:
        raise HTTPException(status_code=502, detail="the card processor failed")
    payments_made += 1
    return {
        "id": f"pay_{payments_made}",
        **payment.model_dump(),
        "status": "succeeded",
        "charge_id": answer.json()["charge_id"],
    }
