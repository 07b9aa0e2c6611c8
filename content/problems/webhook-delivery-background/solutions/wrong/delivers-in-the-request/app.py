# Caught by test_sample_accepted_then_delivered: the delivery (and its retries) is awaited
# inside the request, so the 202 comes only after it, already "delivered" (and the client
# waits for the receiver and the backoff; test_the_202_does_not_wait_for_the_delivery too).
"""Webhook deliveries: accepted at once, delivered in the background with retries."""

import asyncio
import uuid
from typing import Any

import httpx
from fastapi import BackgroundTasks, FastAPI, HTTPException, Response
from pydantic import BaseModel

MAX_ATTEMPTS = 3
BACKOFF = 0.05  # seconds before the 2nd attempt; doubled before each later one
TIMEOUT = 5.0  # seconds per attempt

app = FastAPI()

# delivery id -> {"id", "status", "attempts"}. In memory: a restart loses what was pending
# (the next lab moves the work to a durable queue).
deliveries: dict[str, dict[str, Any]] = {}


class DeliveryIn(BaseModel):
    url: str
    event: dict[str, Any]


def retryable(status_code: int) -> bool:
    """5xx and 429 may succeed later; any other 4xx will not."""
    return status_code >= 500 or status_code == 429


async def deliver(delivery_id: str, url: str, event: dict[str, Any]) -> None:
    record = deliveries[delivery_id]
    async with httpx.AsyncClient(timeout=TIMEOUT) as client:
        for attempt in range(1, MAX_ATTEMPTS + 1):
            if attempt > 1:
                await asyncio.sleep(BACKOFF * 2 ** (attempt - 2))
            record["attempts"] = attempt
            try:
                response = await client.post(url, json=event, headers={"X-Delivery-Id": delivery_id})
            except httpx.HTTPError:
                continue  # refused, reset, timed out: try again
            if response.is_success:
                record["status"] = "delivered"
                return
            if not retryable(response.status_code):
                break
    record["status"] = "failed"


@app.post("/deliveries", status_code=202)
async def create_delivery(body: DeliveryIn, tasks: BackgroundTasks, response: Response) -> dict[str, Any]:
    delivery_id = uuid.uuid4().hex
    deliveries[delivery_id] = {"id": delivery_id, "status": "pending", "attempts": 0}
    await deliver(delivery_id, body.url, body.event)  # then answer
    response.headers["Location"] = f"/deliveries/{delivery_id}"
    return dict(deliveries[delivery_id])


@app.get("/deliveries/{delivery_id}")
def read_delivery(delivery_id: str) -> dict[str, Any]:
    if delivery_id not in deliveries:
        raise HTTPException(status_code=404, detail="no such delivery")
    return dict(deliveries[delivery_id])
