"""The quotes API, behind a rate limiter shared by every replica (stage 1: fixed window)."""

import math
import time
import zlib

import redis
from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

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


def hit(api_key: str, at: float) -> tuple[int, int]:
    """Count one request in the current window: (requests so far in it, seconds to its end)."""
    window = math.floor(at / WINDOW)
    key = f"ratelimit:{api_key}:{window}"
    with store.pipeline() as pipe:  # MULTI/EXEC: INCR and EXPIRE together
        pipe.incr(key)
        pipe.expire(key, WINDOW, nx=True)  # set once, when the window's key is created
        count, _ = pipe.execute()
    return int(count), math.ceil((window + 1) * WINDOW - at)


@app.get("/quote")
def quote(request: Request) -> JSONResponse:
    api_key = request.headers.get("x-api-key")
    if not api_key:
        return JSONResponse({"detail": "missing API key"}, status_code=401)
    count, reset = hit(api_key, now(request))
    headers = {"X-RateLimit-Limit": str(LIMIT), "X-RateLimit-Remaining": str(max(0, LIMIT - count))}
    if count > LIMIT:
        headers["Retry-After"] = str(reset)
        return JSONResponse({"detail": "rate limit exceeded"}, status_code=429, headers=headers)
    body = {"quote": QUOTES[zlib.crc32(api_key.encode()) % len(QUOTES)]}
    return JSONResponse(body, headers=headers)
