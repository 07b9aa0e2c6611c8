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


def queries(library, function, *args):
    """(result, number of SQL statements) of one repository call."""
    library.learner.call("db", "reset_query_count")
    result = getattr(library, function)(*args)
    count = library.learner.call("db", "query_count")
    statements = library.learner.call("db", "statements")
    return result, count, statements


def shelf(library, authors, books_each):
    """`authors` authors named A00, A01, ... with `books_each` books each; returns book ids."""
    books = []
    for index in range(authors):
        author = library.add_author(f"A{index:02}")
        books += [library.add_book(author, f"A{index:02} book {n}", 3) for n in range(books_each)]
    return books


def explain(count, statements, limit):
    shown = "\n  ".join(statement.split("\n")[0][:100] for statement in statements[:8])
    more = f"\n  ... and {len(statements) - 8} more" if len(statements) > 8 else ""
    return f"{count} SQL statements, at most {limit} expected; the first ones:\n  {shown}{more}"
