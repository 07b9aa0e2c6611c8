from conftest import where


def test_sample_one_member_reads_and_commits(group):
    g = group({"orders": 2})
    g.fill("orders", 0, 2)
    g.fill("orders", 1, 3)
    assert g.join("c1") == 1, "the first join starts generation 1"
    records = g.poll("c1", 10)
    assert where(records) == [(0, 0), (0, 1), (1, 0), (1, 1), (1, 2)], (
        "a poll reads the member's partitions in order, each from its position"
    )
    assert set(records[0]) == {"topic", "partition", "offset", "key", "value"}
    assert g.lag("orders") == 5, "nothing is committed yet"
    g.commit("c1", 1)
    assert (g.committed("orders", 0), g.committed("orders", 1)) == (2, 3)
    assert g.lag("orders") == 0


def test_sample_a_second_member_takes_half(group):
    g = group({"orders": 2})
    g.join("c1")
    assert g.join("c2") == 2, "every join or leave is a rebalance: a new generation"
    assert g.assignment("c1") == {"orders": [0]}
    assert g.assignment("c2") == {"orders": [1]}
