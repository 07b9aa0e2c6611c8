import random

import pytest


def test_backoff_is_capped_full_jitter(make_client, service):
    """Sleeps are rng.uniform(0, min(max_delay, base_delay * 2**k)), one draw per retry."""
    client = make_client(
        seed=7, max_attempts=6, base_delay=0.1, max_delay=0.5, failure_threshold=10
    )
    service.script("503", "503", "503", "503", "503")
    assert client.reserve("kettle", 1) == "r-1"
    rng = random.Random(7)
    expected = [rng.uniform(0, ceiling) for ceiling in (0.1, 0.2, 0.4, 0.5, 0.5)]
    assert client.sleeps() == pytest.approx(expected, abs=1e-9), (
        "expected full jitter: sleep rng.uniform(0, ceiling) before retry k, with ceilings "
        f"0.1, 0.2, 0.4, 0.5, 0.5 (doubling, capped at max_delay); got {client.sleeps()}"
    )


def test_gives_up_after_max_attempts(make_client, service, learner):
    """After max_attempts failed attempts the call raises InventoryUnavailable."""
    client = make_client(max_attempts=4, failure_threshold=10)
    service.script("503", "503", "503", "503", "503")
    with learner.raises("InventoryUnavailable"):
        client.reserve("mug", 1)
    assert len(service.requests("POST")) == 4, "exactly max_attempts attempts"
    assert len(client.sleeps()) == 3, "no sleep after the last attempt"


def test_lost_answer_is_retried_with_the_same_key(make_client, service):
    """A POST whose answer was lost is retried with the same Idempotency-Key: one reservation."""
    client = make_client()
    service.script("drop")
    assert client.reserve("mug", 2) == "r-1"
    assert service.stock["mug"] == 3, "the retry must not reserve the mugs a second time"
    first, second = service.requests("POST")
    assert first[2] and first[2] == second[2], (
        f"every attempt of one call carries the same Idempotency-Key: {first[2]!r}, {second[2]!r}"
    )
    assert client.reserve("mug", 1) == "r-2", "a new call needs a new key"
    assert service.requests("POST")[2][2] != first[2]


def test_release_retry_is_idempotent(make_client, service):
    """A DELETE whose answer was lost is retried with its key and succeeds."""
    client = make_client()
    reservation = client.reserve("lamp", 1)
    service.script("drop")
    assert client.release(reservation) is None
    assert service.stock["lamp"] == 1
    first, second = service.requests("DELETE")
    assert first[2] and first[2] == second[2], "the retried DELETE carries the same key"


def test_breaker_opens_after_consecutive_failures(make_client, service, learner):
    """failure_threshold failed attempts in a row open the breaker: calls fail fast."""
    client = make_client(max_attempts=2, failure_threshold=3, reset_timeout=30.0)
    service.script("503", "503", "503", "503", "503")
    with learner.raises("InventoryUnavailable"):
        client.reserve("mug", 1)  # failures 1 and 2
    with learner.raises("InventoryUnavailable"):
        client.reserve("mug", 1)  # failure 3: open, no more retries
    assert len(service.requests()) == 3, "the breaker opens at the third failure and stops the call"
    assert client.state() == "open"
    with learner.raises("InventoryUnavailable"):
        client.reserve("mug", 1)
    assert len(service.requests()) == 3, "an open breaker fails fast: no request at all"


def test_breaker_half_opens_after_reset_timeout(make_client, service):
    """reset_timeout after opening, one trial request goes through; success closes it."""
    client = make_client(max_attempts=1, failure_threshold=2, reset_timeout=30.0)
    service.script("503", "503")
    for _ in range(2):
        try:
            client.reserve("mug", 1)
        except Exception:
            pass
    assert client.state() == "open"
    client.advance(29.0)
    assert client.state() == "open", "still cooling down 29 s after opening"
    client.advance(1.0)
    assert client.state() == "half_open", "reset_timeout (30 s) after opening: half-open"
    assert client.reserve("mug", 1) == "r-1", "the trial request goes through and succeeds"
    assert client.state() == "closed"


def test_failed_trial_reopens(make_client, service, learner):
    """A failed half-open trial opens the breaker again for a full reset_timeout."""
    client = make_client(max_attempts=3, failure_threshold=2, reset_timeout=10.0)
    service.script("503", "503", "503")
    with learner.raises("InventoryUnavailable"):
        client.reserve("mug", 1)
    client.advance(10.0)
    with learner.raises("InventoryUnavailable"):
        client.reserve("mug", 1)
    assert len(service.requests()) == 3, "half-open allows one trial, not a round of retries"
    assert client.state() == "open"
    client.advance(9.0)
    assert client.state() == "open", "the failed trial restarted the cool-down"
    client.advance(1.0)
    assert client.state() == "half_open"


def test_answers_reset_the_failure_count(make_client, service):
    """Only consecutive failures count: a success (or a 409) in between resets the count."""
    client = make_client(max_attempts=3, failure_threshold=3)
    service.script("503", "503", "ok", "503", "503", "ok", "503", "503")
    assert client.reserve("mug", 1) == "r-1"
    assert client.reserve("mug", 1) == "r-2"
    assert client.reserve("kettle", 1) == "r-3"
    assert client.state() == "closed", (
        "six failures in all, but never three in a row: the breaker must stay closed"
    )
