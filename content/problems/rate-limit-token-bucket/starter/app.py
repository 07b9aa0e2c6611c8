"""The quotes API, behind a rate limiter shared by every replica (stage 3: token bucket).

This is stage 2's solution (a sliding-window log), plus the new export endpoint. Replace the
log with a token bucket, and make the export cost 5 tokens.
"""

import math
import time
import uuid
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

# Trim, count, and record only if allowed: one script, so Redis runs it atomically (no other
# replica's request can slip in between the count and the add).
SLIDING_LOG = store.register_script(
    """
    local now, window, limit = tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3])
    redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - window)
    local count = redis.call('ZCARD', KEYS[1])
    if count < limit then
        redis.call('ZADD', KEYS[1], now, ARGV[4])
        redis.call('EXPIRE', KEYS[1], window)
        return {1, count + 1, ''}
    end
    local oldest = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
    return {0, count, oldest[2]}
    """
)


def now(request: Request) -> float:
    """The current time in seconds. The lab's checks set the X-Test-Now header to control the
    clock; a real deployment must never trust a client's clock (delete this branch)."""
    override = request.headers.get("x-test-now")
    return float(override) if override is not None else time.time()


def hit(api_key: str, at: float) -> tuple[bool, int, int]:
    """(allowed, requests in the window counting this one if allowed, seconds until the oldest
    of them leaves the window)."""
    member = f"{at!r}:{uuid.uuid4().hex}"  # unique: two requests at the same instant both count
    allowed, count, oldest = SLIDING_LOG(keys=[f"ratelimit:{api_key}"], args=[repr(at), WINDOW, LIMIT, member])
    wait = max(1, math.ceil(float(oldest) + WINDOW - at)) if oldest else 0
    return bool(allowed), int(count), wait


# TODO: a token bucket per API key (capacity 10, 2 tokens per second) in the Redis hash
# bucket:<api key>, updated atomically; /quote costs 1 token, /quotes/export costs 5.
CAPACITY = 10
RATE = 2.0  # tokens per second


@app.get("/quote")
def quote(request: Request) -> JSONResponse:
    api_key = request.headers.get("x-api-key")
    if not api_key:
        return JSONResponse({"detail": "missing API key"}, status_code=401)
    allowed, count, wait = hit(api_key, now(request))
    headers = {"X-RateLimit-Limit": str(LIMIT), "X-RateLimit-Remaining": str(max(0, LIMIT - count))}
    if not allowed:
        headers["X-RateLimit-Remaining"] = "0"
        headers["Retry-After"] = str(wait)
        return JSONResponse({"detail": "rate limit exceeded"}, status_code=429, headers=headers)
    body = {"quote": QUOTES[zlib.crc32(api_key.encode()) % len(QUOTES)]}
    return JSONResponse(body, headers=headers)


@app.get("/quotes/export")
def export(request: Request) -> JSONResponse:
    api_key = request.headers.get("x-api-key")
    if not api_key:
        return JSONResponse({"detail": "missing API key"}, status_code=401)
    allowed, count, wait = hit(api_key, now(request))
    headers = {"X-RateLimit-Limit": str(LIMIT), "X-RateLimit-Remaining": str(max(0, LIMIT - count))}
    if not allowed:
        headers["X-RateLimit-Remaining"] = "0"
        headers["Retry-After"] = str(wait)
        return JSONResponse({"detail": "rate limit exceeded"}, status_code=429, headers=headers)
    return JSONResponse({"quotes": QUOTES}, headers=headers)
