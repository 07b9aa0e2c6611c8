def test_caught_up_replica_serves_the_read(lab):
    """After a write, the first replica that has applied it serves the read (not the primary)."""
    lab.call("seed", "bio", "hello")
    lab.call("open", "alice")
    lab.call("write", "alice", "bio", "climber")
    lab.call("replicate", 1)  # replica-1 has the write, replica-0 does not
    assert lab.call("read", "alice", "bio") == "climber"
    assert lab.reads() == {"primary": 0, "replica-0": 0, "replica-1": 1}


def test_other_sessions_may_read_stale(lab):
    """Read-your-writes is per session: another session still reads the first replica."""
    lab.call("seed", "bio", "hello")
    lab.call("open", "alice")
    lab.call("open", "bob")
    lab.call("write", "alice", "bio", "climber")
    assert lab.call("read", "bob", "bio") == "hello", (
        "Bob never saw Alice's write: a stale replica is fine for him (eventual consistency), "
        "and sending every session to the primary after any write defeats the replicas"
    )
    assert lab.reads()["primary"] == 0


def test_monotonic_reads(lab):
    """A session that has seen a newer value never reads an older one afterwards."""
    lab.call("seed", "bio", "hello")
    lab.call("open", "bob")
    lab.call("open", "alice")
    lab.call("write", "alice", "bio", "climber")
    lab.call("replicate", 1)
    lab.call("set_up", "replica-0", False)
    assert lab.call("read", "bob", "bio") == "climber"  # replica-0 is down: replica-1 serves it
    lab.call("set_up", "replica-0", True)  # back, but still behind
    assert lab.call("read", "bob", "bio") == "climber", (
        "Bob already saw 'climber': reading the lagging replica-0 now would show him 'hello' "
        "again, time going backwards (monotonic reads)"
    )


def test_unavailable_nodes_are_skipped(lab):
    """A replica that is down is skipped; with both down the primary serves the read."""
    lab.call("seed", "bio", "hello")
    lab.call("open", "alice")
    lab.call("set_up", "replica-0", False)
    assert lab.call("read", "alice", "bio") == "hello"
    assert lab.reads()["replica-1"] == 1
    lab.call("set_up", "replica-1", False)
    assert lab.call("read", "alice", "bio") == "hello"
    assert lab.reads()["primary"] == 1


def test_token_resumes_the_session_elsewhere(lab):
    """A session opened with another session's token reads that session's writes."""
    lab.call("seed", "bio", "hello")
    lab.call("open", "alice-web")
    lab.call("write", "alice-web", "bio", "climber")
    lab.call("write", "alice-web", "city", "Oslo")
    token = lab.call("token", "alice-web")
    assert isinstance(token, int)
    lab.call("replicate", 0, token - 1)  # replica-0 has the bio but not the city
    lab.call("open", "alice-phone", token)
    assert lab.call("read", "alice-phone", "city") == "Oslo", (
        "the token carries what Alice's web session saw: her phone must see it too"
    )
    assert lab.call("read", "alice-phone", "bio") == "climber"


def test_token_of_a_fresh_session_is_zero(lab):
    """A new session's token is 0; after a write it is that write's log position."""
    lab.call("open", "carol")
    assert lab.call("token", "carol") == 0
    lab.call("write", "carol", "a", "1")
    lab.call("write", "carol", "b", "2")
    assert lab.call("token", "carol") == 2
