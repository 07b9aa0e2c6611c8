"""Accounts and transfers in SQLite. Under load, money appears and disappears."""

import sqlite3

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
        self.db = sqlite3.connect(path)
        self.db.executescript(SCHEMA)

    def open_account(self, name: str, balance: int) -> None:
        self.db.execute("INSERT INTO accounts (name, balance) VALUES (?, ?)", (name, balance))
        self.db.commit()

    def balance(self, name: str) -> int:
        row = self.db.execute("SELECT balance FROM accounts WHERE name = ?", (name,)).fetchone()
        if row is None:
            raise ValueError(f"no account {name!r}")
        return int(row[0])

    def history(self) -> list[list[object]]:
        rows = self.db.execute("SELECT src, dst, amount FROM transfers ORDER BY transfer_id")
        return [list(row) for row in rows]

    def transfer(self, src: str, dst: str, amount: int) -> bool:
        # TODO: all or nothing, never below zero, safe when many threads transfer at once.
        current = self.balance(src)
        if current < amount:
            return False
        self.db.execute("UPDATE accounts SET balance = ? WHERE name = ?", (current - amount, src))
        self.db.execute("UPDATE accounts SET balance = balance + ? WHERE name = ?", (amount, dst))
        self.db.execute(
            "INSERT INTO transfers (src, dst, amount) VALUES (?, ?, ?)", (src, dst, amount)
        )
        self.db.commit()
        return True
