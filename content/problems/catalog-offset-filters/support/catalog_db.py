"""The outfitter's catalogue: a SQLite database with 60 products, made fresh for each run.

Given to your app read-only (do not submit it). `connect()` opens a connection to it; open one
per request (or per thread): connections are cheap, and a sqlite3 connection must not be
shared between threads.

    CREATE TABLE products (
        id          INTEGER PRIMARY KEY,     -- 1, 2, 3, ...
        name        TEXT    NOT NULL,
        category    TEXT    NOT NULL,        -- one of CATEGORIES
        price_cents INTEGER NOT NULL,        -- many products share a price
        created_at  INTEGER NOT NULL         -- Unix seconds; many share a timestamp
    );
"""

import os
import sqlite3
import tempfile

CATEGORIES = ("tents", "stoves", "ropes", "boots")
_ADJECTIVES = ("Alpine", "Summit", "Ridge", "Glacier", "Canyon", "Tundra", "Cirrus")
_NOUNS = {"tents": "Tent", "stoves": "Stove", "ropes": "Rope", "boots": "Boot"}

SCHEMA = """
CREATE TABLE products (
    id          INTEGER PRIMARY KEY,
    name        TEXT    NOT NULL,
    category    TEXT    NOT NULL,
    price_cents INTEGER NOT NULL,
    created_at  INTEGER NOT NULL
);
CREATE INDEX products_price ON products (price_cents);
CREATE INDEX products_created ON products (created_at);
CREATE INDEX products_name ON products (name);
"""


def seed_rows() -> list[tuple[int, str, str, int, int]]:
    """The 60 products the database starts with: (id, name, category, price_cents, created_at)."""
    rows = []
    for i in range(1, 61):
        category = CATEGORIES[(i * 7) % 4]
        name = f"{_ADJECTIVES[(i * 3) % 7]} {_NOUNS[category]} {i:02d}"
        price_cents = 1000 + ((i * 37) % 13) * 500
        created_at = 1_700_000_000 + ((i * 11) % 20) * 3600
        rows.append((i, name, category, price_cents, created_at))
    return rows


_PATH = os.path.join(tempfile.mkdtemp(prefix="catalog-"), "catalog.db")
with sqlite3.connect(_PATH) as _setup:
    _setup.executescript(SCHEMA)
    _setup.executemany("INSERT INTO products VALUES (?, ?, ?, ?, ?)", seed_rows())
_setup.close()


def connect() -> sqlite3.Connection:
    """A new connection to the catalogue; rows come back as sqlite3.Row (by column name)."""
    connection = sqlite3.connect(_PATH, timeout=5)
    connection.row_factory = sqlite3.Row
    return connection
