import pytest


class Drill:
    """The live shop and its backups, in a fresh folder of the learner's process."""

    def __init__(self, learner):
        self.learner = learner
        self.folder = learner.call("shop", "workdir")
        self.live = f"{self.folder}/shop.db"

    def path(self, name):
        return f"{self.folder}/{name}"

    def shop(self, function, *args):
        return self.learner.call("shop", function, *args)

    def backup(self, name="backup.db"):
        self.learner.call("backup", "backup", self.live, self.path(name))
        return self.path(name)

    def verify(self, path):
        return self.learner.call("backup", "verify", path)

    def restore(self, path):
        return self.learner.call("backup", "restore", path, self.live)

    def summary(self, path):
        return self.shop("summary", path)


@pytest.fixture
def drill(learner):
    found = Drill(learner)
    found.shop("create", found.live, 200)
    return found


def intact(summary, what):
    assert "error" not in summary, f"{what} cannot be read: {summary.get('error')}"
    assert summary["integrity"] == "ok", f"{what}: integrity_check says {summary['integrity']}"
    assert summary["orphans"] == 0, f"{what} has order lines whose order is missing"
    assert summary["consistent"], f"{what}: the stock does not match the order lines"
