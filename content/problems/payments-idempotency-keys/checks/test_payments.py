import json
import threading

import httpx
from conftest import LAMP, pay


def test_missing_or_oversized_key_is_400(http, provider):
    """No Idempotency-Key, an empty one or one over 255 characters is a 400."""
    for key in (None, "", "k" * 256):
        response = pay(http, key)
        assert response.status_code == 400, f"key {key!r}: expected 400, got {response.status_code}"
    assert provider.requests == 0, "a refused request must not reach the card processor"
    assert pay(http, "k" * 255).status_code == 201, "255 characters are allowed"


def test_different_keys_are_different_payments(http, provider):
    """The same body under two keys is two payments, with two ids."""
    first, second = pay(http, "key-a"), pay(http, "key-b")
    assert first.status_code == second.status_code == 201
    assert first.json()["id"] != second.json()["id"]
    assert len(provider.charges) == 2


def test_same_key_different_body_is_422(http, provider):
    """Reusing a key for a different request is a 422; the first payment is not touched."""
    first = pay(http, "key-3")
    other = pay(http, "key-3", {**LAMP, "amount": 99_999})
    assert other.status_code == 422, (
        f"a key reused with another body is a client bug: expected 422, got {other.status_code}"
    )
    assert len(provider.charges) == 1
    assert pay(http, "key-3").json() == first.json(), "the original request still replays"


def test_equivalent_json_is_the_same_request(http, provider):
    """The same JSON with other key order and whitespace replays, it is not a mismatch."""
    first = pay(http, "key-4")
    reordered = '{ "customer" : "cus_ada",\n  "currency": "EUR", "amount": 1250 }'
    again = http.post(
        "/payments",
        content=reordered,
        headers={"Idempotency-Key": "key-4", "Content-Type": "application/json"},
    )
    assert again.status_code == 201, (
        "compare the request's JSON value, not its bytes: a client library may serialise the "
        f"same body differently on a retry (got {again.status_code})"
    )
    assert again.json() == first.json()
    assert len(provider.charges) == 1


def test_concurrent_duplicate_is_409(http, provider):
    """A retry that arrives while the first request is in flight gets 409, no second charge."""
    provider.hold_first()
    first = {}

    def send_first():
        # A second client of its own: the first request waits in this thread.
        with httpx.Client(base_url=http.base_url, timeout=10.0, trust_env=False) as client:
            first["response"] = pay(client, "key-5")

    sender = threading.Thread(target=send_first)
    sender.start()
    try:
        assert provider.arrived.wait(5.0), "the first request never reached the processor"
        duplicate = pay(http, "key-5")
        assert duplicate.status_code == 409, (
            "while the first request is being processed, a duplicate must be refused with 409 "
            f"(not processed again): got {duplicate.status_code}"
        )
    finally:
        provider.release()
        sender.join()
    assert first["response"].status_code == 201
    assert len(provider.charges) == 1
    assert pay(http, "key-5").json() == first["response"].json(), "afterwards it replays"


def test_failed_charge_can_be_retried_with_the_same_key(http, provider):
    """A processor failure is a 502 that is not stored: the retry with the key charges."""
    provider.fail_next()
    failed = pay(http, "key-6")
    assert failed.status_code == 502, f"the processor's 503 is a 502 Bad Gateway, got {failed.status_code}"
    retried = pay(http, "key-6")
    assert retried.status_code == 201, (
        "nothing was charged, so the retry with the same key must be processed, not answered "
        f"with the stored failure (got {retried.status_code})"
    )
    assert len(provider.charges) == 1


def test_a_decline_is_stored_and_replayed(http, provider):
    """A declined card is a 402 that is stored: the retry replays it without a new charge."""
    declined = {**LAMP, "customer": "cus_declined"}
    first = pay(http, "key-7", declined)
    assert first.status_code == 402, f"a decline is 402, got {first.status_code}"
    assert first.json()["status"] == "declined"
    again = pay(http, "key-7", declined)
    assert again.status_code == 402 and again.json() == first.json()
    assert provider.requests == 1, "a decline is a final answer: replay it"


def test_an_invalid_body_does_not_use_up_the_key(http, provider):
    """A body that fails validation (422) stores nothing under its key."""
    invalid = pay(http, "key-8", {**LAMP, "amount": -5})
    assert invalid.status_code == 422
    valid = pay(http, "key-8")
    assert valid.status_code == 201, (
        "the key of a request that never started executing is still free "
        f"(got {valid.status_code}: {json.dumps(valid.json())[:200]})"
    )
