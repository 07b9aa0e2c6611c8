import json

from conftest import PROBLEMS, assert_every_key_expires, assert_problem, cached, create

NOT_FOUND = PROBLEMS + "note-not-found"


def test_read_after_patch_is_fresh(http, redis, sign_up):
    """PATCH drops note:{id} from Redis, so the next GET returns the patched note."""
    alice = sign_up("alice")
    create(http, alice, title="Draft", body="v1")
    assert http.get("/notes/1", headers=alice).status_code == 200
    assert redis.exists("note:1"), "the GET should have cached the note"
    patched = http.patch("/notes/1", json={"body": "v2"}, headers=alice)
    assert patched.status_code == 200
    assert not redis.exists("note:1"), "a write deletes the cached copy (cache-aside)"
    assert http.get("/notes/1", headers=alice).json()["body"] == "v2"
    assert http.get("/notes/1", headers=alice).json()["body"] == "v2"


def test_read_after_put_is_fresh(http, redis, sign_up):
    """PUT drops note:{id} from Redis, so the next GET returns the replaced note."""
    alice = sign_up("alice")
    create(http, alice, title="Old title", tags=["x"])
    http.get("/notes/1", headers=alice)
    replaced = http.put("/notes/1", json={"title": "New title"}, headers=alice)
    assert replaced.status_code == 200
    assert not redis.exists("note:1"), "a write deletes the cached copy (cache-aside)"
    assert http.get("/notes/1", headers=alice).json() == replaced.json()


def test_deleted_note_is_gone(http, redis, sign_up):
    """After DELETE, the note is a 404 at once: no ghost served from Redis."""
    alice = sign_up("alice")
    create(http, alice, title="Temporary")
    http.get("/notes/1", headers=alice)
    assert http.delete("/notes/1", headers=alice).status_code == 204
    assert not redis.exists("note:1"), "DELETE deletes the cached copy too"
    assert_problem(http.get("/notes/1", headers=alice), 404, NOT_FOUND)


def test_cached_notes_still_check_the_owner(http, redis, sign_up):
    """A note in the cache is still only its owner's: bob gets 404 for alice's cached note."""
    alice, bob = sign_up("alice"), sign_up("bob")
    create(http, alice, title="alice's diary", body="secret")
    assert http.get("/notes/1", headers=alice).status_code == 200  # now cached
    response = http.get("/notes/1", headers=bob)
    assert_problem(response, 404, NOT_FOUND)
    assert "secret" not in response.text, "the cache leaked alice's note to bob"


def test_owner_check_uses_the_cached_note(http, redis, sign_up):
    """The owner check runs on the note read from Redis, whatever is cached."""
    alice, bob = sign_up("alice"), sign_up("bob")
    note = create(http, alice, title="shared?")
    redis.set("note:1", json.dumps({**note, "owner": "bob"}), ex=60)
    assert_problem(http.get("/notes/1", headers=alice), 404, NOT_FOUND)
    assert http.get("/notes/1", headers=bob).json()["owner"] == "bob"


def test_etag_and_304_work_on_a_cache_hit(http, redis, sign_up):
    """A cache hit has the same ETag as the miss before it, and If-None-Match gives 304."""
    alice = sign_up("alice")
    create(http, alice, title="Groceries")
    miss = http.get("/notes/1", headers=alice)
    hit = http.get("/notes/1", headers=alice)
    assert miss.headers.get("etag") and miss.headers.get("etag") == hit.headers.get("etag"), (
        "the ETag depends on the note, not on where it was read from"
    )
    revalidated = http.get("/notes/1", headers={**alice, "If-None-Match": hit.headers["etag"]})
    assert revalidated.status_code == 304


def test_a_missing_note_is_not_cached_forever(http, redis, sign_up):
    """After 404s, nothing the app wrote to Redis lives forever, and a new note is readable."""
    alice = sign_up("alice")
    assert_problem(http.get("/notes/1", headers=alice), 404, NOT_FOUND)
    assert_problem(http.get("/notes/1", headers=alice), 404, NOT_FOUND)
    assert_every_key_expires(redis)
    create(http, alice, title="now it exists")
    assert http.get("/notes/1", headers=alice).json()["title"] == "now it exists", (
        "a note created after a 404 for its id is readable at once"
    )


def test_every_key_expires_within_a_minute(http, redis, sign_up):
    """Every key in Redis after a mix of reads and writes has a TTL of at most 60 s."""
    alice = sign_up("alice")
    for title in ("a", "b", "c"):
        create(http, alice, title=title)
    for path in ("/notes/1", "/notes/2", "/notes/3", "/notes/9", "/notes/2"):
        http.get(path, headers=alice)
    http.patch("/notes/3", json={"title": "c2"}, headers=alice)
    http.get("/notes/3", headers=alice)
    keys = assert_every_key_expires(redis)
    assert {"note:1", "note:2", "note:3"} <= set(keys)
    assert cached(redis, 3)["title"] == "c2"
