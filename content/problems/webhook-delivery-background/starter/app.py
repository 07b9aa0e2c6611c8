"""Webhook deliveries: accepted at once, delivered in the background with retries."""

from typing import Any

import httpx
from fastapi import FastAPI
from pydantic import BaseModel

MAX_ATTEMPTS = 3
BACKOFF = 0.05  # seconds before the 2nd attempt; doubled before each later one
TIMEOUT = 5.0  # seconds per attempt

app = FastAPI()

deliveries: dict[str, dict[str, Any]] = {}


class DeliveryIn(BaseModel):
    url: str
    event: dict[str, Any]


@app.post("/deliveries")
def create_delivery(body: DeliveryIn) -> dict[str, Any]:
    # TODO: answer 202 at once with the delivery's id and a Location header, deliver in a
    # background task, retry what can succeed later, and keep the status for GET.
    response = httpx.post(body.url, json=body.event, timeout=TIMEOUT)
    return {"id": "1", "status": "delivered" if response.is_success else "failed", "attempts": 1}
