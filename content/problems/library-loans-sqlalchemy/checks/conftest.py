"""Shared by the checks (shown to learners): call the repository and look at the database."""

import pytest


class Library:
    """The learner's repository module, called in the learner's process."""

    def __init__(self, learner):
        self.learner = learner
        learner.call("repository", "setup")

    def __getattr__(self, function):
        return lambda *args: self.learner.call("repository", function, *args)

    def rows(self, sql):
        """Rows from a connection of its own: only what was committed."""
        return self.learner.call("db", "rows", sql)

    def count(self, table):
        return self.rows(f"SELECT count(*) FROM {table}")[0][0]


@pytest.fixture
def library(learner):
    return Library(learner)
