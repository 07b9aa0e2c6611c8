from conftest import key_in, partition_of, where


def test_polling_commits_nothing(group):
    """Offsets are committed only by commit(): polling alone moves the member's position only."""
    g = group({"orders": 2})
    g.fill("orders", 0, 3)
    g.join("c1")
    assert len(g.poll("c1", 2)) == 2
    assert (g.committed("orders", 0), g.lag("orders")) == (0, 3), (
        "a record that was polled but not committed is not done: its consumer may still crash"
    )
    assert where(g.poll("c1", 5)) == [(0, 2)], "the next poll continues from the position"


def test_records_of_a_key_keep_their_order(group):
    """All records of one key land in one partition and are read in the order produced."""
    g = group({"orders": 4})
    for index in range(6):
        g.produce("orders", "user-7", f"event-{index}")
        g.produce("orders", f"other-{index}", "noise")
    g.join("c1")
    mine = [r for r in g.poll("c1", 100) if r["key"] == "user-7"]
    assert [r["value"] for r in mine] == [f"event-{index}" for index in range(6)]
    assert {r["partition"] for r in mine} == {partition_of("user-7", 4)}


def test_uncommitted_records_are_read_again_after_a_rebalance(group):
    """After a rebalance every partition resumes from its committed offset (at-least-once)."""
    g = group({"orders": 2})
    g.fill("orders", 0, 3)
    g.fill("orders", 1, 3)
    generation = g.join("c1")
    assert where(g.poll("c1", 4)) == [(0, 0), (0, 1), (0, 2), (1, 0)]
    g.commit("c1", generation)
    assert where(g.poll("c1", 10)) == [(1, 1), (1, 2)]  # processed, but not committed...
    g.join("c2")  # ...when the group rebalances
    assert g.poll("c1", 10) == [], "c1 keeps partition 0, whose records were all committed"
    assert where(g.poll("c2", 10)) == [(1, 1), (1, 2)], (
        "c2 takes partition 1 from its committed offset 1: the uncommitted records come again"
    )


def test_a_member_that_dies_loses_nothing(group):
    """When a member leaves (or dies), its partitions go to the others from their commits."""
    g = group({"orders": 2})
    g.fill("orders", 0, 2)
    g.fill("orders", 1, 3)
    g.join("c1")
    generation = g.join("c2")
    assert where(g.poll("c2", 2)) == [(1, 0), (1, 1)]
    g.commit("c2", generation)
    assert where(g.poll("c2", 1)) == [(1, 2)]  # c2 dies before committing this one
    assert g.leave("c2") == generation + 1
    assert g.assignment("c1") == {"orders": [0, 1]}
    assert where(g.poll("c1", 10)) == [(0, 0), (0, 1), (1, 2)], (
        "c1 gets partition 1 from c2's commit (offset 2): nothing c2 failed to commit is lost"
    )


def test_a_zombie_commit_is_rejected(group):
    """A commit with an old generation raises CommitFailedError and changes nothing."""
    from winterarc_lab import LearnerRaised

    g = group({"orders": 2})
    g.fill("orders", 0, 3)
    old = g.join("c1")
    g.poll("c1", 3)
    new = g.join("c2")  # c1 was paused for a long GC; the group moved on without waiting
    try:
        g.commit("c1", old)
    except LearnerRaised as raised:
        assert raised.type_name == "CommitFailedError", f"expected CommitFailedError, got {raised.type_name}"
    else:
        raise AssertionError("a commit from generation 1 was accepted in generation 2")
    assert g.committed("orders", 0) == 0, "a rejected commit must not move the offset"
    g.commit("c1", new)  # the member rejoined the new generation: its commit counts again
    assert g.committed("orders", 0) == 0, "c1's position was reset to the commit at the rebalance"


def test_a_member_that_left_can_neither_poll_nor_commit(learner, group):
    """After leave(), poll raises UnknownMemberError and commit raises CommitFailedError."""
    g = group({"orders": 1})
    generation = g.join("c1")
    g.leave("c1")
    with learner.raises("UnknownMemberError"):
        g.poll("c1", 1)
    with learner.raises("CommitFailedError"):
        g.commit("c1", generation)
    with learner.raises("CommitFailedError"):
        g.commit("c1", generation + 1)


def test_every_partition_has_one_owner_after_each_rebalance(group):
    """Joins and leaves: each time a new generation and the range assignment of the members."""
    topics = {"orders": 5, "payments": 3}
    g = group(topics)
    steps = [("join", "a"), ("join", "b"), ("join", "c"), ("leave", "b"), ("join", "d"), ("leave", "a")]
    members = []
    for number, (action, member) in enumerate(steps, start=1):
        members = members + [member] if action == "join" else [m for m in members if m != member]
        assert getattr(g, action)(member) == number, f"step {number} ({action} {member}) is generation {number}"
        got = {m: g.assignment(m) for m in members}
        want = g.learner.call("assignor", "range_assign", members, topics)
        assert got == want, f"after {action} {member}: the members' assignments are range_assign's"


def test_new_records_reach_a_consumer_that_caught_up(group):
    """A consumer at the end of its partitions gets the records produced afterwards."""
    g = group({"orders": 2})
    g.join("c1")
    assert g.poll("c1", 10) == []
    key = key_in(1, 2)
    g.produce("orders", key, "late")
    (record,) = g.poll("c1", 10)
    assert (record["partition"], record["offset"], record["key"], record["value"]) == (1, 0, key, "late")
