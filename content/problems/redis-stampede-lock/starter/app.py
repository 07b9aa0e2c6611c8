"""Quotes: cache-aside in Redis, with a lock so concurrent misses fetch a quote once."""

import json

import redis
from fastapi import FastAPI, HTTPException

import pricing

CACHE_TTL = 30  # seconds a quote stays in the cache
LOCK_MS = 5000  # the lock expires even if its holder dies

app = FastAPI()
cache = redis.Redis(host="127.0.0.1", port=6379, decode_responses=True)


@app.get("/quotes/{sku}")
def quote(sku: str) -> dict:
    # TODO: when many requests miss at once, only one may call fetch_quote (a lock in Redis).
    cached = cache.get(f"quote:{sku}")
    if cached is not None:
        return json.loads(cached)
    try:
        fetched = pricing.fetch_quote(sku)
    except pricing.UnknownSku:
        raise HTTPException(404, f"no quote for {sku!r}") from None
    except pricing.PricingUnavailable:
        raise HTTPException(502, "the pricing service failed") from None
    cache.set(f"quote:{sku}", json.dumps(fetched), ex=CACHE_TTL)
    return fetched
