# Caught by test_refill_stops_at_capacity: the refill has no ceiling, so a client idle for
# an hour can fire thousands of requests at once.
"""The quotes API, behind a rate limiter shared by every replica (stage 3: token bucket)."""

import math
import time
import zlib

import redis
from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

CAPACITY = 10
RATE = 2.0  # tokens per second
TTL = 60  # seconds; a bucket idle that long is full again, which is what a missing key means

app = FastAPI()
store = redis.Redis(host="127.0.0.1", port=6379, decode_responses=True)

QUOTES = [
    "Simple is better than complex.",
    "Errors should never pass silently.",
    "In the face of ambiguity, refuse the temptation to guess.",
    "Now is better than never.",
]

# Read, refill, take and write back in one script: Redis runs it without interleaving any
# other command, so two replicas can never both spend the same token.
TAKE = store.register_script(
    """
    local capacity, rate = tonumber(ARGV[1]), tonumber(ARGV[2])
    local now, cost, ttl = tonumber(ARGV[3]), tonumber(ARGV[4]), tonumber(ARGV[5])
    local state = redis.call('HMGET', KEYS[1], 'tokens', 'ts')
    local tokens, ts = tonumber(state[1]), tonumber(state[2])
    if tokens == nil or ts == nil then
        tokens, ts = capacity, now                -- no bucket yet: a full one
    end
    if now > ts then                              -- a clock behind ts refills nothing
        tokens = tokens + (now - ts) * rate
        ts = now
    end
    local allowed = 0
    if tokens >= cost then
        tokens = tokens - cost
        allowed = 1
    end
    redis.call('HSET', KEYS[1], 'tokens', tostring(tokens), 'ts', tostring(ts))
    redis.call('EXPIRE', KEYS[1], ttl)
    return {allowed, tostring(tokens)}
    """
)


def now(request: Request) -> float:
    """The current time in seconds. The lab's checks set the X-Test-Now header to control the
    clock; a real deployment must never trust a client's clock (delete this branch)."""
    override = request.headers.get("x-test-now")
    return float(override) if override is not None else time.time()


def limited(request: Request, cost: int, body: dict[str, object]) -> JSONResponse:
    """Spend `cost` tokens of the caller's bucket and answer `body`, or refuse with 429."""
    api_key = request.headers.get("x-api-key")
    if not api_key:
        return JSONResponse({"detail": "missing API key"}, status_code=401)
    args = [CAPACITY, RATE, repr(now(request)), cost, TTL]
    allowed, left = TAKE(keys=[f"bucket:{api_key}"], args=args)
    tokens = float(left)
    headers = {"X-RateLimit-Limit": str(CAPACITY), "X-RateLimit-Remaining": str(math.floor(tokens))}
    if not allowed:
        headers["Retry-After"] = str(max(1, math.ceil((cost - tokens) / RATE)))
        return JSONResponse({"detail": "rate limit exceeded"}, status_code=429, headers=headers)
    return JSONResponse(body, headers=headers)


@app.get("/quote")
def quote(request: Request) -> JSONResponse:
    api_key = request.headers.get("x-api-key", "")
    return limited(request, 1, {"quote": QUOTES[zlib.crc32(api_key.encode()) % len(QUOTES)]})


@app.get("/quotes/export")
def export(request: Request) -> JSONResponse:
    return limited(request, 5, {"quotes": QUOTES})
