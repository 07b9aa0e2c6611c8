"""The quotes API, behind a rate limiter shared by every replica (stage 1: fixed window)."""

import time
import zlib

import redis
from fastapi import FastAPI, Request

LIMIT = 5  # requests per API key
WINDOW = 60  # seconds

app = FastAPI()
store = redis.Redis(host="127.0.0.1", port=6379, decode_responses=True)

QUOTES = [
    "Simple is better than complex.",
    "Errors should never pass silently.",
    "In the face of ambiguity, refuse the temptation to guess.",
    "Now is better than never.",
]


def now(request: Request) -> float:
    """The current time in seconds. The lab's checks set the X-Test-Now header to control the
    clock; a real deployment must never trust a client's clock (delete this branch)."""
    override = request.headers.get("x-test-now")
    return float(override) if override is not None else time.time()


@app.get("/quote")
def quote(request: Request) -> dict[str, str]:
    # TODO: identify the client by X-API-Key (401 without one), count its requests in the
    # current window in Redis, and answer 429 with Retry-After over the limit.
    api_key = request.headers.get("x-api-key", "")
    return {"quote": QUOTES[zlib.crc32(api_key.encode()) % len(QUOTES)]}
