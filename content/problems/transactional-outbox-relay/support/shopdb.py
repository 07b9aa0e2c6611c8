"""The shop's database (SQLite), made fresh for each run. Given to your code, read-only.

    CREATE TABLE orders (
        id          INTEGER PRIMARY KEY AUTOINCREMENT,
        customer    TEXT    NOT NULL,
        total_cents INTEGER NOT NULL CHECK (total_cents > 0)
    );
    CREATE TABLE outbox (
        id           INTEGER PRIMARY KEY AUTOINCREMENT,  -- the order events happened in
        event_id     TEXT    NOT NULL UNIQUE,            -- what consumers deduplicate on
        topic        TEXT    NOT NULL,
        payload      TEXT    NOT NULL,                   -- the event, as JSON text
        published_at REAL                                -- NULL until the relay published it
    );

`connect()` opens a connection (Python's sqlite3: a transaction begins with the first write,
`with connection:` commits it, or rolls it back on an exception). The other functions are
the checks' tools: they break the disk under the outbox table and look at the rows.
"""

import os
import sqlite3
import tempfile

SCHEMA = """
CREATE TABLE orders (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    customer    TEXT    NOT NULL,
    total_cents INTEGER NOT NULL CHECK (total_cents > 0)
);
CREATE TABLE outbox (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    event_id     TEXT    NOT NULL UNIQUE,
    topic        TEXT    NOT NULL,
    payload      TEXT    NOT NULL,
    published_at REAL
);
"""

PATH = os.path.join(tempfile.mkdtemp(prefix="shop-"), "shop.db")
with sqlite3.connect(PATH) as _setup:
    _setup.executescript(SCHEMA)
_setup.close()


def connect() -> sqlite3.Connection:
    """A new connection to the shop's database."""
    return sqlite3.connect(PATH, timeout=5)


# -- the checks' tools -------------------------------------------------------------------


def break_outbox() -> None:
    """From now on every INSERT into outbox fails, as if the disk were full."""
    with sqlite3.connect(PATH) as connection:
        connection.execute(
            "CREATE TRIGGER IF NOT EXISTS outbox_broken BEFORE INSERT ON outbox "
            "BEGIN SELECT RAISE(ABORT, 'database or disk is full (simulated)'); END"
        )
    connection.close()


def repair_outbox() -> None:
    with sqlite3.connect(PATH) as connection:
        connection.execute("DROP TRIGGER IF EXISTS outbox_broken")
    connection.close()


def rows(table: str) -> list[dict]:
    """Every row of `orders` or `outbox`, in id order."""
    if table not in ("orders", "outbox"):
        raise ValueError(table)
    connection = sqlite3.connect(PATH)
    connection.row_factory = sqlite3.Row
    try:
        return [dict(row) for row in connection.execute(f"SELECT * FROM {table} ORDER BY id")]
    finally:
        connection.close()
