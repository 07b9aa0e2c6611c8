"""Shared by the checks (shown to learners): your QuorumStore on a simulated cluster."""

import pytest


@pytest.fixture
def make_lab(learner):
    """make_lab(n, r, w) -> your store over a fresh cluster of n replicas, all up."""

    def make(n, r, w):
        handle = learner.new("wiring", "Lab", n, r, w)

        class Lab:
            def put(self, key, value):
                return learner.method(handle, "put", key, value)

            def get(self, key):
                return learner.method(handle, "get", key)

            def status(self, replica, status):
                learner.method(handle, "set_status", replica, status)

            def deliver(self):
                learner.method(handle, "deliver")

            def holding(self, replica, key):
                """[version, value] that replica holds for key, or None."""
                return learner.method(handle, "holding", replica, key)

        return Lab()

    return make
