from conftest import FIVE, KEYS, moved


def test_sample_every_key_has_an_owner(make_ring):
    ring = make_ring(FIVE)
    owners = ring.assign()
    assert set(owners) == set(FIVE), "every key belongs to one of the nodes, and every node gets keys"
    assert ring.assign() == owners, "the same key always goes to the same node"
    assert make_ring().owner("user:1") is None, "an empty ring has no owner for any key"


def test_sample_a_new_node_only_takes_keys(make_ring):
    ring = make_ring(FIVE[:4])
    before = ring.assign()
    ring.add("cache-5")
    changes = moved(before, ring.assign())
    assert changes, "the new node must take over some keys"
    assert {new for _, _, new in changes} == {"cache-5"}, (
        "when a node joins, a key either stays where it was or moves to the new node"
    )
    share = len(changes) / len(KEYS)
    assert share <= 0.3, f"{share:.0%} of the keys moved; consistent hashing moves about 1/5"
