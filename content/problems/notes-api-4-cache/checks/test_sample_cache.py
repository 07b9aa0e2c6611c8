import json

from conftest import cached, create


def test_sample_a_read_fills_the_cache(http, redis, sign_up):
    alice = sign_up("alice")
    create(http, alice, title="Groceries", body="milk")
    response = http.get("/notes/1", headers=alice)
    assert response.status_code == 200
    assert cached(redis, 1) == response.json(), (
        "after a GET, note:1 in Redis holds the note as JSON, exactly as GET returns it"
    )
    assert 0 < redis.ttl("note:1") <= 60, "the cached copy needs a TTL of CACHE_TTL (60) seconds"


def test_sample_reads_come_from_the_cache(http, redis, sign_up):
    alice = sign_up("alice")
    note = create(http, alice, title="Groceries")
    planted = {**note, "title": "Groceries (from the cache)"}
    redis.set("note:1", json.dumps(planted), ex=60)
    response = http.get("/notes/1", headers=alice)
    assert response.json() == planted, (
        "a note already in Redis is answered from Redis, without reading the store"
    )
