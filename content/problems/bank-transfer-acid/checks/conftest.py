import pytest


@pytest.fixture
def bank(learner):
    """A Bank on a fresh database file, with alice (1000) and bob (0)."""
    path = learner.call("scratch", "new_path", "bank.db")
    handle = learner.new("bank", "Bank", path)
    learner.method(handle, "open_account", "alice", 1000)
    learner.method(handle, "open_account", "bob", 0)
    return Accounts(learner, handle, path)


class Accounts:
    def __init__(self, learner, handle, path):
        self.learner, self.handle, self.path = learner, handle, path

    def __call__(self, name, *args):
        return self.learner.method(self.handle, name, *args)

    def balances(self, *names):
        return [self("balance", name) for name in names]
