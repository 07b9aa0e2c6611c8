"""Shared by the checks (shown to learners)."""

import pytest

KEYS = [f"user:{index}" for index in range(4000)]
FIVE = [f"cache-{index}" for index in range(1, 6)]


@pytest.fixture
def make_ring(learner):
    """make_ring(nodes, vnodes=100) -> a Ring wrapping your HashRing in your process."""

    def make(nodes=(), **options):
        handle = learner.new("ring", "HashRing", list(nodes), **options)

        class Ring:
            def add(self, node, weight=1):
                return learner.method(handle, "add_node", node, weight)

            def remove(self, node):
                return learner.method(handle, "remove_node", node)

            def owner(self, key):
                return learner.method(handle, "node_for", key)

            def assign(self, keys=KEYS):
                return learner.method(handle, "assign", keys)

        return Ring()

    return make


def moved(before, after, keys=KEYS):
    """The keys whose owner changed: [(key, old owner, new owner)]."""
    return [(key, a, b) for key, a, b in zip(keys, before, after, strict=True) if a != b]
