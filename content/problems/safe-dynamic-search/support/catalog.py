"""The bookshop's catalogue database (given, read-only): the checks call create() and intact()."""

import sqlite3
import tempfile

BOOKS = [
    (1, "Fluent Python", "Luciano Ramalho", 4999, 2015),
    (2, "Python Crash Course", "Eric Matthes", 2999, 2015),
    (3, "100% Python: the hard parts", "A. Nonymous", 1999, 2020),
    (4, "Learning SQL", "Alan Beaulieu", 3999, 2005),
    (5, "SQL_Antipatterns", "Bill Karwin", 3499, 2010),
    (6, "What's the Future", "Tim O'Reilly", 2699, 2017),
    (7, "Designing Data-Intensive Applications", "Martin Kleppmann", 4500, 2017),
    (8, "Database Internals", "Alex Petrov", 4200, 2019),
    (9, "The 50% Rule for SQL", "Sam Percent", 999, 2021),
    (10, "Python_Tricks", "Dan Bader", 2500, 2017),
    (11, "SQL Performance Explained", "Markus Winand", 3000, 2012),
    (12, "High Performance MySQL", "Silvia Botros", 4400, 2021),
]
SCHEMA = """
CREATE TABLE books (
    id          INTEGER PRIMARY KEY,
    title       TEXT NOT NULL,
    author      TEXT NOT NULL,
    price_cents INTEGER NOT NULL,
    published   INTEGER NOT NULL
);
CREATE TABLE users (username TEXT PRIMARY KEY, password_hash TEXT NOT NULL);
"""


def create():
    """A fresh catalogue; returns its path."""
    path = tempfile.mkdtemp(prefix="catalog-") + "/catalog.db"
    db = sqlite3.connect(path, isolation_level=None)
    db.executescript(SCHEMA)
    db.executemany("INSERT INTO books VALUES (?, ?, ?, ?, ?)", BOOKS)
    db.executemany(
        "INSERT INTO users VALUES (?, ?)",
        [("admin", "$argon2id$v=19$m=65536,t=3,p=4$c2FsdHNhbHQ$aGFzaGhhc2hoYXNo"),
         ("alice", "$argon2id$v=19$m=65536,t=3,p=4$b3RoZXJzYWx0$b3RoZXJoYXNo")],  # fmt: skip
    )
    db.close()
    return path


def intact(path):
    """(For the checks.) The tables and their row counts, read with a fresh connection."""
    db = sqlite3.connect(path)
    try:
        tables = [name for (name,) in db.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]  # fmt: skip
        return {table: db.execute(f"SELECT count(*) FROM {table}").fetchone()[0] for table in tables}
    finally:
        db.close()
