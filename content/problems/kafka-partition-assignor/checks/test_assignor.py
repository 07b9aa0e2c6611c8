import random

from conftest import assert_balanced, assert_sticky, assert_valid


def test_range_works_topic_by_topic(assign):
    """Each topic is split into ranges on its own, so the first members get the extras of every topic."""
    topics = {"payments": 2, "orders": 4}
    result = assign("range_assign", ["c3", "c1", "c2"], topics)
    assert result == {
        "c1": {"orders": [0, 1], "payments": [0]},
        "c2": {"orders": [2], "payments": [1]},
        "c3": {"orders": [3], "payments": []},
    }


def test_range_with_more_members_than_partitions(assign):
    """Members beyond the partition count get nothing (and still appear, with empty lists)."""
    result = assign("range_assign", ["d", "c", "b", "a"], {"orders": 2})
    assert result == {"a": {"orders": [0]}, "b": {"orders": [1]}, "c": {"orders": []}, "d": {"orders": []}}


def test_round_robin_deals_every_partition_of_every_topic(assign):
    """All partitions, sorted by topic then number, dealt to the sorted members in turn."""
    result = assign("round_robin_assign", ["c2", "c3", "c1"], {"payments": 2, "orders": 3})
    assert result == {
        "c1": {"orders": [0], "payments": [0]},
        "c2": {"orders": [1], "payments": [1]},
        "c3": {"orders": [2], "payments": []},
    }


def test_round_robin_balances_many_small_topics(assign):
    """Six one-partition topics and three members: two each (range would give c1 all six)."""
    topics = {f"t{index}": 1 for index in range(6)}
    result = assign("round_robin_assign", ["c1", "c2", "c3"], topics)
    assert_valid(result, ["c1", "c2", "c3"], topics)
    assert_balanced(result)


def test_sticky_moves_little_when_a_member_joins(assign):
    """c3 joins c1 and c2: it takes one partition from each; the others stay put."""
    previous = {"c1": {"orders": [0, 1, 2]}, "c2": {"orders": [3, 4, 5]}}
    result = assign("sticky_assign", previous, ["c1", "c2", "c3"], {"orders": 6})
    assert_sticky(previous, result, ["c1", "c2", "c3"], {"orders": 6})


def test_sticky_moves_only_the_partitions_of_a_member_that_left(assign):
    """c2 leaves: only its partitions move; c1 and c3 keep all of theirs."""
    previous = {"c1": {"orders": [0, 1]}, "c2": {"orders": [2, 3]}, "c3": {"orders": [4, 5]}}
    result = assign("sticky_assign", previous, ["c1", "c3"], {"orders": 6})
    assert_sticky(previous, result, ["c1", "c3"], {"orders": 6})
    assert set(result["c1"]["orders"]) >= {0, 1} and set(result["c3"]["orders"]) >= {4, 5}


def test_sticky_handles_new_partitions_and_new_topics(assign):
    """The topic grew to 8 partitions and a second topic appeared: still balanced and sticky."""
    previous = {"c1": {"orders": [0, 1]}, "c2": {"orders": [2, 3]}}
    topics = {"orders": 8, "refunds": 3}
    result = assign("sticky_assign", previous, ["c1", "c2", "c3"], topics)
    assert_sticky(previous, result, ["c1", "c2", "c3"], topics)


def test_sticky_over_many_rebalances(assign):
    """Forty random joins and leaves: every assignment valid, balanced and as sticky as possible."""
    rng = random.Random(20261207)
    topics = {"orders": 7, "payments": 5, "refunds": 4}
    members, previous = ["c1", "c2"], {}
    for step in range(40):
        if len(members) > 1 and rng.random() < 0.45:
            members.remove(rng.choice(members))
        else:
            members.append(f"n{step}")
        result = assign("sticky_assign", previous, list(members), topics)
        assert_sticky(previous, result, members, topics)
        previous = result
