import pytest


class Bank:
    """ada's bank in a fresh database of the learner's process, and a way to race it."""

    def __init__(self, learner, **accounts):
        self.learner = learner
        self.path = learner.call("bankdb", "create", **accounts)

    def arm(self, action, *args):
        """Another connection runs this transaction at your next point()."""
        self.learner.call("bankdb", "arm", self.path, action, *args)

    def settle(self):
        found = self.learner.call("bankdb", "settle")
        assert not found["never_ran"], (
            f"the armed {found['never_ran']} never ran: keep the point() call between your "
            "function's reads and its writes"
        )
        for run in found["runs"]:
            assert run["error"] is None, f"the other transaction failed: {run['error']}"
        return found["runs"]

    def state(self):
        return self.learner.call("bankdb", "snapshot", self.path)

    def __call__(self, function, *args):
        return self.learner.call("anomalies", function, self.path, *args)


@pytest.fixture
def bank(learner):
    return Bank(learner)
