import bisect
import hashlib
from collections import Counter

from conftest import FIVE, KEYS, moved


def test_join_moves_about_one_nth(make_ring):
    """A sixth node takes about 1/6 of the keys, all from the others, none between them."""
    ring = make_ring(FIVE)
    before = ring.assign()
    ring.add("cache-6")
    changes = moved(before, ring.assign())
    share = len(changes) / len(KEYS)
    assert 0.08 <= share <= 0.25, (
        f"{share:.0%} of the keys moved when a 6th node joined: expected about 1/6 "
        "(hash mod N would move about 5/6 of them)"
    )
    assert {new for _, _, new in changes} == {"cache-6"}


def test_leave_moves_only_the_leavers_keys(make_ring):
    """Removing a node moves its keys only, spread over several of the remaining nodes."""
    ring = make_ring(FIVE)
    before = ring.assign()
    ring.remove("cache-3")
    changes = moved(before, ring.assign())
    assert {old for _, old, _ in changes} == {"cache-3"}, (
        "only the keys of the node that left may move: the other nodes' keys must stay put "
        "(do their ring points depend on which other nodes exist?)"
    )
    assert len(changes) == before.count("cache-3")
    receivers = Counter(new for _, _, new in changes)
    assert len(receivers) >= 3, (
        f"the leaver's keys all went to {sorted(receivers)}: with virtual nodes its load is "
        "shared by most of the remaining nodes, not dumped on one neighbour"
    )


def test_keys_spread_evenly(make_ring):
    """With 100 virtual nodes each of 5 nodes gets within 25% of the mean share."""
    counts = Counter(make_ring(FIVE).assign())
    mean = len(KEYS) / len(FIVE)
    for node in FIVE:
        assert 0.75 * mean <= counts[node] <= 1.25 * mean, (
            f"{node} owns {counts[node]} of {len(KEYS)} keys (mean {mean:.0f}): one point per "
            f"node leaves arcs of very different lengths; use vnodes points per node. {dict(counts)}"
        )


def test_placement_ignores_insertion_order(make_ring):
    """The same nodes give the same placement, whatever order they were added in."""
    first = make_ring(FIVE).assign()
    shuffled = make_ring(["cache-4", "cache-1", "cache-5", "cache-3", "cache-2"]).assign()
    one_by_one = make_ring()
    for node in reversed(FIVE):
        one_by_one.add(node)
    assert shuffled == first and one_by_one.assign() == first


def test_weight_scales_the_share(make_ring):
    """A node added with weight 2 owns about twice the keys of a weight-1 node."""
    ring = make_ring(["a", "b", "c", "d"])
    ring.add("e", 2)
    counts = Counter(ring.assign())
    others = (len(KEYS) - counts["e"]) / 4
    assert 1.5 <= counts["e"] / others <= 3.0, (
        f"weight 2 should mean twice the points on the ring: {dict(counts)}"
    )


def test_membership_errors(make_ring, learner):
    """Adding a node twice is ValueError; removing an absent node is KeyError."""
    ring = make_ring(["a", "b"])
    with learner.raises("ValueError"):
        ring.add("a")
    with learner.raises("KeyError"):
        ring.remove("zzz")
    ring.remove("a")
    assert set(ring.assign(KEYS[:50])) == {"b"}


def _position(text):
    return int.from_bytes(hashlib.md5(text.encode("utf-8")).digest()[:8], "big")


def _reference(nodes, keys, vnodes):
    points = sorted((_position(f"{node}#{index}"), node) for node in nodes for index in range(vnodes))
    positions = [point[0] for point in points]
    return [points[bisect.bisect_left(positions, _position(key)) % len(points)][1] for key in keys]


def test_agrees_with_other_clients(make_ring):
    """Placement matches the specified ring exactly (MD5 positions, node#i labels), vnodes 100 and 7."""
    for vnodes in (100, 7):
        got = make_ring(FIVE, vnodes=vnodes).assign()
        expected = _reference(FIVE, KEYS, vnodes)
        wrong = [key for key, a, b in zip(KEYS, got, expected, strict=True) if a != b]
        assert not wrong, (
            f"vnodes={vnodes}: {len(wrong)} keys are placed differently from the other clients "
            f"(first: {wrong[:3]}); every client must compute the same ring, in every process "
            "(Python's hash() changes from process to process)"
        )
