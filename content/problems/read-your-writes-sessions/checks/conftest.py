"""Shared by the checks (shown to learners): sessions over a primary and two lagging replicas."""

import pytest


@pytest.fixture
def lab(learner):
    """The wiring.Lab in your process: lab.call("read", "alice", "bio") and so on."""
    handle = learner.new("wiring", "Lab", 2)

    class Lab:
        def call(self, method, *args):
            return learner.method(handle, method, *args)

        def reads(self):
            return learner.method(handle, "reads")

    return Lab()
