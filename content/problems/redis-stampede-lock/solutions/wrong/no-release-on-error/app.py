# Caught by test_a_failed_fetch_releases_the_lock: the lock is deleted after a successful
# fetch only; a failed fetch leaves it there, and that quote is stuck until the lock expires.
"""Quotes: cache-aside in Redis, with a lock so concurrent misses fetch a quote once."""

import json
import secrets
import time

import redis
from fastapi import FastAPI, HTTPException

import pricing

CACHE_TTL = 30  # seconds a quote stays in the cache
LOCK_MS = 5000  # the lock expires even if its holder dies
WAIT_SECONDS = 10  # how long a request waits for another one's fetch
POLL_SECONDS = 0.01

app = FastAPI()
cache = redis.Redis(host="127.0.0.1", port=6379, decode_responses=True)

# Delete the lock only if it still holds our token: if our lock expired and another request
# took it, it is theirs now. GET and DEL in one script, so nothing runs in between.
release = cache.register_script(
    "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) end "
    "return 0"
)


@app.get("/quotes/{sku}")
def quote(sku: str) -> dict:
    key, lock = f"quote:{sku}", f"lock:quote:{sku}"
    deadline = time.monotonic() + WAIT_SECONDS
    while True:
        cached = cache.get(key)
        if cached is not None:
            return json.loads(cached)
        token = secrets.token_hex(16)
        if cache.set(lock, token, nx=True, px=LOCK_MS):
            try:
                # Check again: another request may have filled the cache and released the
                # lock between our GET and our SET.
                cached = cache.get(key)
                if cached is not None:
                    return json.loads(cached)
                try:
                    fetched = pricing.fetch_quote(sku)
                except pricing.UnknownSku:
                    raise HTTPException(404, f"no quote for {sku!r}") from None
                except pricing.PricingUnavailable:
                    raise HTTPException(502, "the pricing service failed") from None
                cache.set(key, json.dumps(fetched), ex=CACHE_TTL)
                release(keys=[lock], args=[token])
                return fetched
            finally:
                pass
        if time.monotonic() > deadline:
            raise HTTPException(503, "the quote is still being computed")
        time.sleep(POLL_SECONDS)  # another request is fetching: wait for its result
