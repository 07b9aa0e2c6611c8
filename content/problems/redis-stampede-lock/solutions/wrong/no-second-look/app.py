# Caught by test_sample_concurrent_misses_fetch_once: the lock is taken, but nobody looks in
# the cache again after getting it, so every waiter fetches once the first one is done.
"""Quotes: cache-aside in Redis, with a lock so concurrent misses fetch a quote once."""

import json
import secrets
import time

import redis
from fastapi import FastAPI, HTTPException

import pricing

CACHE_TTL = 30  # seconds a quote stays in the cache
LOCK_MS = 5000  # the lock expires even if its holder dies
POLL_SECONDS = 0.01

app = FastAPI()
cache = redis.Redis(host="127.0.0.1", port=6379, decode_responses=True)

release = cache.register_script(
    "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) end "
    "return 0"
)


@app.get("/quotes/{sku}")
def quote(sku: str) -> dict:
    key, lock = f"quote:{sku}", f"lock:quote:{sku}"
    cached = cache.get(key)
    if cached is not None:
        return json.loads(cached)
    token = secrets.token_hex(16)
    while not cache.set(lock, token, nx=True, px=LOCK_MS):
        time.sleep(POLL_SECONDS)  # someone else is fetching: wait for the lock
    try:
        try:
            fetched = pricing.fetch_quote(sku)
        except pricing.UnknownSku:
            raise HTTPException(404, f"no quote for {sku!r}") from None
        except pricing.PricingUnavailable:
            raise HTTPException(502, "the pricing service failed") from None
        cache.set(key, json.dumps(fetched), ex=CACHE_TTL)
        return fetched
    finally:
        release(keys=[lock], args=[token])
