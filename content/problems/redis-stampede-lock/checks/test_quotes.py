import json
import threading
import time

from conftest import WAIT, burst

LOCK = "lock:quote:kettle"


def wait_until(condition, message):
    deadline = time.monotonic() + WAIT
    while not condition():
        assert time.monotonic() < deadline, message
        time.sleep(0.005)


def test_the_lock_expires_on_its_own(http, redis, pricing):
    """While a quote is fetched, lock:quote:{sku} exists with an expiry of at most 10 s."""
    pricing.hold("kettle")
    done = []
    thread = threading.Thread(
        target=lambda: done.append(http.get("/quotes/kettle"))
    )
    thread.start()
    pricing.wait_for_requests("kettle", 1)
    wait_until(lambda: redis.exists(LOCK), f"no key {LOCK} while the quote is being fetched")
    ttl = redis.pttl(LOCK)
    pricing.release()
    thread.join(15.0)
    assert 0 < ttl <= 10_000, (
        f"{LOCK} has PTTL {ttl}: a lock needs an expiry (SET ... NX PX 5000), or a request "
        "that dies while holding it blocks that quote forever"
    )
    assert done and done[0].status_code == 200
    assert not redis.exists(LOCK), "the lock is deleted once the quote is cached"


def test_the_holder_deletes_only_its_own_lock(http, redis, pricing):
    """If the lock expired and another request holds it now, the first holder leaves it alone."""
    pricing.hold("kettle")
    thread = threading.Thread(target=lambda: http.get("/quotes/kettle"))
    thread.start()
    pricing.wait_for_requests("kettle", 1)
    wait_until(lambda: redis.exists(LOCK), f"no key {LOCK} while the quote is being fetched")
    # Simulate: the holder's lock expired, and a request of another instance took it.
    redis.set(LOCK, "another-instance", px=5000)
    pricing.release()
    thread.join(15.0)
    assert redis.get(LOCK) == "another-instance", (
        "the first holder deleted a lock that was not its own any more: store a random token "
        "in the lock and delete it only if it still holds that token (one Lua script)"
    )


def test_many_misses_on_two_quotes(http, redis, pricing):
    """Eight concurrent misses on two SKUs: each quote is fetched exactly once."""
    responses = burst(http, redis, pricing, ["kettle", "teapot"] * 4)
    assert [response.status_code for response in responses] == [200] * 8
    assert pricing.requests["kettle"] == 1 and pricing.requests["teapot"] == 1, (
        f"fetched kettle {pricing.requests['kettle']} and teapot {pricing.requests['teapot']} "
        "times; once each was enough"
    )
    assert [response.json()["sku"] for response in responses] == ["kettle", "teapot"] * 4


def test_a_failed_fetch_releases_the_lock(http, redis, pricing):
    """A fetch that fails is a 502 and leaves no lock behind: the next request fetches again."""
    pricing.fail_next("kettle")
    response = http.get("/quotes/kettle")
    assert response.status_code == 502, f"a failed fetch is 502, got {response.status_code}"
    assert not redis.exists(LOCK), (
        "the lock outlived the failed fetch: release it in a finally block"
    )
    assert not redis.exists("quote:kettle"), "a failure is not cached"
    retry = http.get("/quotes/kettle")
    assert retry.status_code == 200 and retry.json()["fetch"] == 2


def test_unknown_sku_is_404(http, redis, pricing):
    """An SKU the pricing service does not know is a 404, and leaves no key without a TTL."""
    assert http.get("/quotes/ghost").status_code == 404
    for key in redis.scan_iter():
        assert redis.ttl(key) != -1, f"{key} never expires"


def test_reads_come_from_redis(http, redis, pricing):
    """A quote in Redis is served without calling the pricing service; a deleted one is fetched."""
    planted = {"sku": "mug", "price": 6.5, "fetch": 99}
    redis.set("quote:mug", json.dumps(planted), ex=30)
    assert http.get("/quotes/mug").json() == planted
    assert pricing.requests["mug"] == 0
    redis.delete("quote:mug")
    assert http.get("/quotes/mug").json()["fetch"] == 1, "after the key is gone, fetch again"


def test_every_key_expires(http, redis, pricing):
    """After a few reads, every key in Redis has a TTL of at most 30 s."""
    for sku in ("kettle", "teapot", "tray", "kettle"):
        assert http.get(f"/quotes/{sku}").status_code == 200
    keys = list(redis.scan_iter())
    assert {"quote:kettle", "quote:teapot", "quote:tray"} <= set(keys)
    for key in keys:
        assert 0 < redis.ttl(key) <= 30, f"{key} has TTL {redis.ttl(key)}"
