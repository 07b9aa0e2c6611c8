import json

from conftest import burst


def test_sample_miss_then_hit(http, redis, pricing):
    first = http.get("/quotes/kettle")
    assert first.status_code == 200, f"expected 200, got {first.status_code}: {first.text[:300]}"
    assert first.json() == {"sku": "kettle", "price": 24.5, "fetch": 1}
    assert http.get("/quotes/kettle").json() == first.json()
    assert pricing.requests["kettle"] == 1, "the second read is a cache hit"
    assert json.loads(redis.get("quote:kettle")) == first.json()
    assert 0 < redis.ttl("quote:kettle") <= 30, "a quote is cached for CACHE_TTL (30) seconds"


def test_sample_concurrent_misses_fetch_once(http, redis, pricing):
    responses = burst(http, redis, pricing, ["kettle"] * 6)
    assert all(response is not None for response in responses), "some requests never finished"
    assert [response.status_code for response in responses] == [200] * 6
    assert pricing.requests["kettle"] == 1, (
        f"6 requests missed the cache at the same time and the pricing service was asked "
        f"{pricing.requests['kettle']} times: one request should fetch while the others wait "
        "for its result (a cache stampede)"
    )
    assert {response.json()["fetch"] for response in responses} == {1}
