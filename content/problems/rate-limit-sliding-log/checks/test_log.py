from conftest import assert_allowed, assert_limited


def test_no_burst_across_a_window_boundary(ask):
    """5 requests at t=55..59 leave nothing for t=61: the window slides, it does not reset."""
    for at in (55, 56, 57, 58, 59):
        ask("key-ben", at)
    assert_limited(ask("key-ben", 61), 54)  # fixed windows would let it through: 61 is minute 1
    assert_allowed(ask("key-ben", 115), 0)  # 55 is out of (55, 115]; 56..59 and 115 are in


def test_requests_at_the_same_instant_all_count(ask):
    """Six requests with the same timestamp: the sixth is refused (each is its own log entry)."""
    for remaining in (4, 3, 2, 1, 0):
        assert_allowed(ask("key-cy", 500), remaining)
    assert_limited(ask("key-cy", 500), 60)


def test_refused_requests_are_not_counted(ask):
    """A refused request is not logged: it does not push the client's next slot back."""
    for _ in range(5):
        ask("key-dan", 0)
    for _ in range(5):
        assert_limited(ask("key-dan", 30), 30)
    assert_allowed(ask("key-dan", 60), 4)


def test_retry_after_rounds_up(ask):
    """Retry-After is ceil(oldest + 60 - now): never early, never 0."""
    for _ in range(5):
        ask("key-eve", 100.25)
    assert_limited(ask("key-eve", 130), 31)
    assert_limited(ask("key-eve", 159.9), 1)
    assert_allowed(ask("key-eve", 160.25), 4)


def test_the_log_lives_in_redis(ask, redis):
    """The log is the sorted set ratelimit:<api key>, times as scores, shared by all replicas."""
    assert_allowed(ask("key-fay", 1000), 4)
    entries = redis.zrange("ratelimit:key-fay", 0, -1, withscores=True)
    assert [score for _, score in entries] == [1000.0], (
        f"ratelimit:key-fay should hold one entry scored 1000; it holds {entries}"
    )
    redis.zadd("ratelimit:key-gus", {f"replica-2:{i}": 990 + i for i in range(5)})
    assert_limited(ask("key-gus", 1000), 50)  # gus's requests at 990..994 came to another replica


def test_old_entries_are_trimmed(ask, redis):
    """Entries that left the window are removed from the log, so it never grows beyond 5."""
    for at in (0, 1, 2, 3, 4):
        ask("key-hal", at)
    for at in (100, 101):
        ask("key-hal", at)
    size = redis.zcard("ratelimit:key-hal")
    assert size == 2, f"ratelimit:key-hal holds {size} entries; only the 2 of the last minute should stay"


def test_log_keys_expire(ask, redis):
    """The log key expires within 60 seconds of its newest entry."""
    ask("key-ivy", 1000)
    keys = list(redis.scan_iter())
    assert keys, "the limiter should keep its log in Redis"
    for key in keys:
        ttl = redis.ttl(key)
        assert 0 < ttl <= 60, f"{key} has TTL {ttl}: the log must expire (EXPIRE 60)"


def test_clients_are_limited_separately(ask):
    """One API key over its limit does not limit another."""
    for _ in range(6):
        ask("key-jo", 1000)
    assert_allowed(ask("key-kim", 1000), 4)
