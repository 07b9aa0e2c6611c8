import pytest


class Catalog:
    def __init__(self, learner):
        self.learner = learner
        self.path = learner.call("catalog", "create")

    def ids(self, **filters):
        return [row[0] for row in self.learner.call("search", "search_books", self.path, **filters)]

    def search(self, **filters):
        return self.learner.call("search", "search_books", self.path, **filters)

    def intact(self):
        return self.learner.call("catalog", "intact", self.path) == {"books": 12, "users": 2}


@pytest.fixture
def catalog(learner):
    return Catalog(learner)
