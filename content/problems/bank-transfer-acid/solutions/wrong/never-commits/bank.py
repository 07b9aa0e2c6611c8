# Caught by test_a_transfer_is_seen_by_another_connection: Python's sqlite3 (default
# isolation_level) opens a transaction before the first UPDATE by itself; without commit() the
# transfer is visible to this connection only, and lost when it closes.
"""Accounts and transfers in SQLite: atomic, consistent, isolated and durable."""

import sqlite3
import threading

SCHEMA = """
CREATE TABLE IF NOT EXISTS accounts (
    name    TEXT PRIMARY KEY NOT NULL,
    balance INTEGER NOT NULL CHECK (balance >= 0)
);
CREATE TABLE IF NOT EXISTS transfers (
    transfer_id INTEGER PRIMARY KEY,
    src         TEXT NOT NULL REFERENCES accounts (name),
    dst         TEXT NOT NULL REFERENCES accounts (name),
    amount      INTEGER NOT NULL CHECK (amount > 0)
);
"""


class Bank:
    def __init__(self, path: str) -> None:
        self.path = path
        self._local = threading.local()  # a connection per thread: they are not shared
        self._db().executescript(SCHEMA)

    def _db(self) -> sqlite3.Connection:
        connection = getattr(self._local, "connection", None)
        if connection is None:
            # isolation_level=None: no implicit transactions; we say BEGIN and COMMIT ourselves.
            connection = sqlite3.connect(self.path, timeout=10)
            connection.execute("PRAGMA foreign_keys = ON")
            self._local.connection = connection
        return connection

    def open_account(self, name: str, balance: int) -> None:
        self._db().execute("INSERT INTO accounts (name, balance) VALUES (?, ?)", (name, balance))
        self._db().commit()

    def balance(self, name: str) -> int:
        row = self._db().execute("SELECT balance FROM accounts WHERE name = ?", (name,)).fetchone()
        if row is None:
            raise ValueError(f"no account {name!r}")
        return int(row[0])

    def history(self) -> list[list[object]]:
        rows = self._db().execute("SELECT src, dst, amount FROM transfers ORDER BY transfer_id")
        return [list(row) for row in rows]

    def transfer(self, src: str, dst: str, amount: int) -> bool:
        """Move `amount` from src to dst; False (and nothing changes) if src has too little."""
        if not isinstance(amount, int) or isinstance(amount, bool) or amount <= 0:
            raise ValueError("the amount must be a positive whole number")
        if src == dst:
            raise ValueError("a transfer needs two different accounts")
        db = self._db()
        # IMMEDIATE takes the write lock now: nobody can change the balances between our
        # check and our update (no lost update, no overdraft), and a busy database makes us
        # wait (timeout=10) instead of failing halfway.
        try:
            found = db.execute(
                "SELECT count(*) FROM accounts WHERE name IN (?, ?)", (src, dst)
            ).fetchone()[0]
            if found != 2:
                raise ValueError("no such account")
            debited = db.execute(
                "UPDATE accounts SET balance = balance - ? WHERE name = ? AND balance >= ?",
                (amount, src, amount),
            ).rowcount
            if debited == 0:
                db.rollback()
                return False
            db.execute("UPDATE accounts SET balance = balance + ? WHERE name = ?", (amount, dst))
            db.execute(
                "INSERT INTO transfers (src, dst, amount) VALUES (?, ?, ?)", (src, dst, amount)
            )
            return True
        except BaseException:
            db.rollback()
            raise
