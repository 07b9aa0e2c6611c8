from conftest import assert_allowed, assert_limited


def test_retry_after_counts_to_the_window_end(ask):
    """Retry-After is the whole seconds (rounded up) until the current window ends."""
    for _ in range(5):
        ask("key-ben", 130.5)
    assert_limited(ask("key-ben", 130.5), 50)  # window [120, 180): 49.5 s left
    assert_limited(ask("key-ben", 179.2), 1)


def test_the_next_window_starts_afresh(ask):
    """A client limited in one window has its full quota again in the next one."""
    for _ in range(6):
        ask("key-cy", 1000)
    assert_limited(ask("key-cy", 1019.9), 1)
    assert_allowed(ask("key-cy", 1020), 4)


def test_a_window_resets_on_its_boundary(ask):
    """Fixed windows: 5 requests just before a boundary and 5 just after all pass."""
    for remaining in (4, 3, 2, 1, 0):
        assert_allowed(ask("key-dan", 1019), remaining)
    for remaining in (4, 3, 2, 1, 0):
        assert_allowed(ask("key-dan", 1020), remaining)
    assert_limited(ask("key-dan", 1021), 59)


def test_clients_are_limited_separately(ask):
    """One API key over its limit does not limit another."""
    for _ in range(6):
        ask("key-eve", 1000)
    assert_allowed(ask("key-fay", 1000), 4)


def test_counts_live_in_redis(ask, redis):
    """The count is the Redis key ratelimit:<api key>:<window>, shared by every replica."""
    assert_allowed(ask("key-gus", 1000), 4)
    assert redis.get("ratelimit:key-gus:16") == "1", (
        "after one request at t=1000, ratelimit:key-gus:16 should be 1 (window 1000 // 60)"
    )
    redis.set("ratelimit:key-hal:16", 5, ex=60)  # hal's other requests went to another replica
    assert_limited(ask("key-hal", 1000), 20)


def test_window_keys_expire(ask, redis):
    """Every key the limiter writes expires within 60 seconds."""
    ask("key-ivy", 1000)
    ask("key-ivy", 1100)
    keys = list(redis.scan_iter())
    assert keys, "the limiter should keep its counts in Redis"
    for key in keys:
        ttl = redis.ttl(key)
        assert 0 < ttl <= 60, f"{key} has TTL {ttl}: a window's key must expire (EXPIRE 60)"
