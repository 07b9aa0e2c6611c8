from conftest import assert_allowed, assert_limited, drain


def calls(redis):
    """How many times each Redis command ran so far (INFO commandstats)."""
    stats = redis.info("commandstats")
    return {name.removeprefix("cmdstat_"): value["calls"] for name, value in stats.items()}


def test_refill_stops_at_capacity(ask):
    """However long a client was idle, its bucket holds at most 10 tokens."""
    assert_allowed(ask("key-cy", 1000), 9)
    drain(ask, "key-cy", 5000)
    assert_limited(ask("key-cy", 5000), 1)


def test_fractions_of_a_token_accumulate(ask):
    """Partial tokens are kept: requests every 0.3 s at 2 tokens/s pass every other time."""
    drain(ask, "key-dan", 2000)
    assert_limited(ask("key-dan", 2000.3), 1)  # 0.6 tokens
    assert_allowed(ask("key-dan", 2000.6), 0)  # 1.2 tokens: one spent, 0.2 kept
    assert_limited(ask("key-dan", 2000.9), 1)  # 0.8 tokens
    assert_allowed(ask("key-dan", 2001.2), 0)  # 1.4 tokens


def test_the_export_costs_five_tokens(ask):
    """GET /quotes/export spends 5 tokens, GET /quote 1."""
    response = ask("key-eve", 1000, "/quotes/export")
    assert_allowed(response, 5)
    assert isinstance(response.json().get("quotes"), list), "the export answers {'quotes': [...]}"
    assert_allowed(ask("key-eve", 1000), 4)
    assert_limited(ask("key-eve", 1000, "/quotes/export"), 1)  # 4 tokens: 1 missing


def test_retry_after_accounts_for_the_cost(ask):
    """Retry-After is ceil((cost - tokens) / 2): an empty bucket waits 3 s for an export."""
    drain(ask, "key-fay", 1000)
    assert_limited(ask("key-fay", 1000, "/quotes/export"), 3)
    assert_limited(ask("key-fay", 1000), 1)


def test_a_refused_request_takes_nothing(ask):
    """A refused export leaves the tokens for cheaper requests."""
    drain(ask, "key-gus", 1000)
    assert_limited(ask("key-gus", 1002, "/quotes/export"), 1)  # 4 tokens
    for remaining in (3, 2, 1, 0):
        assert_allowed(ask("key-gus", 1002), remaining)


def test_the_bucket_lives_in_redis(ask, redis):
    """The bucket is the hash bucket:<api key> with tokens and ts, shared by every replica."""
    assert_allowed(ask("key-hal", 1000), 9)
    state = redis.hgetall("bucket:key-hal")
    assert float(state.get("tokens", "nan")) == 9 and float(state.get("ts", "nan")) == 1000, (
        f"bucket:key-hal should hold tokens 9 and ts 1000; it holds {state}"
    )
    redis.hset("bucket:key-ivy", mapping={"tokens": "0.5", "ts": "1000"})  # another replica's
    assert_limited(ask("key-ivy", 1000), 1)
    assert_allowed(ask("key-ivy", 1000.25), 0)


def test_bucket_keys_expire(ask, redis):
    """The bucket key expires within 60 seconds (a missing bucket is a full one)."""
    ask("key-jo", 1000)
    keys = list(redis.scan_iter())
    assert keys, "the limiter should keep its buckets in Redis"
    for key in keys:
        ttl = redis.ttl(key)
        assert 0 < ttl <= 60, f"{key} has TTL {ttl}: the bucket must expire (EXPIRE 60)"


def test_the_update_is_atomic_in_redis(ask, redis):
    """Read, refill, take and write run as one step in Redis (a Lua script or WATCH/MULTI)."""
    ask("key-kim", 1000)  # the first request may load the script
    before = calls(redis)
    assert_allowed(ask("key-kim", 1000), 8)
    after = calls(redis)
    ran = {name: after.get(name, 0) - before.get(name, 0) for name in after}
    scripted = sum(ran.get(name, 0) for name in ("eval", "evalsha", "eval_ro", "evalsha_ro", "fcall", "fcall_ro"))
    optimistic = ran.get("watch", 0) > 0 and ran.get("exec", 0) > 0
    assert scripted or optimistic, (
        "the request ran " + ", ".join(f"{n} x{c}" for n, c in sorted(ran.items()) if c and n != "info")
        + ": a read and a later write let two replicas spend the same token. Run the update "
        "as a Lua script (EVAL/EVALSHA), or WATCH the key and retry the MULTI/EXEC."
    )
