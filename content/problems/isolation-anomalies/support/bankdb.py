"""The bank's database, and the other customers' transactions (given, read-only).

Call `point()` where the starter does: between a function's reads and its writes. In
production nothing happens there. In the checks, another connection runs a transaction at that
very moment (one the check armed beforehand), so a race that happens once a month in production
happens on every run:

- if it can, that transaction commits right there, before your function continues;
- if your transaction holds the write lock, it waits for your COMMIT and runs after it
  (`settle()` tells the check which happened).

The database is in WAL mode: readers never block writers, and a reader in a transaction keeps
seeing the snapshot it started with.
"""

import sqlite3
import tempfile
import threading

SCHEMA = """
CREATE TABLE accounts (
    customer TEXT NOT NULL,
    kind     TEXT NOT NULL CHECK (kind IN ('checking', 'savings')),
    balance  INTEGER NOT NULL,
    PRIMARY KEY (customer, kind)
);
CREATE TABLE customers (
    customer TEXT PRIMARY KEY NOT NULL,
    address  TEXT NOT NULL,
    version  INTEGER NOT NULL
);
"""


def connect(path, timeout=10.0):
    """A connection as the bank opens them: autocommit mode (you write BEGIN and COMMIT)."""
    return sqlite3.connect(path, isolation_level=None, timeout=timeout)


def create(checking=100, savings=200, address="1 Old Street"):
    """A fresh bank with one customer, ada; returns the database's path."""
    path = tempfile.mkdtemp(prefix="bank-") + "/bank.db"
    connection = connect(path)
    connection.execute("PRAGMA journal_mode = WAL")
    connection.executescript(SCHEMA)
    connection.execute("INSERT INTO accounts VALUES ('ada', 'checking', ?)", (checking,))
    connection.execute("INSERT INTO accounts VALUES ('ada', 'savings', ?)", (savings,))
    connection.execute("INSERT INTO customers VALUES ('ada', ?, 1)", (address,))
    connection.close()
    return path


def snapshot(path):
    """What is committed: {"checking": .., "savings": .., "address": .., "version": ..}."""
    connection = connect(path)
    try:
        found = dict(connection.execute("SELECT kind, balance FROM accounts WHERE customer = 'ada'"))
        found.update(zip(("address", "version"), connection.execute(
            "SELECT address, version FROM customers WHERE customer = 'ada'").fetchone()))  # fmt: skip
        return found
    finally:
        connection.close()


# -- the other transactions --------------------------------------------------------------------


class _Busy(Exception):
    pass


def _transaction(path, wait, work):
    """BEGIN IMMEDIATE; work(connection); COMMIT. Without `wait`, a locked database is _Busy."""
    connection = connect(path, timeout=10.0 if wait else 0.0)
    try:
        try:
            connection.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as error:
            if "locked" in str(error) or "busy" in str(error):
                raise _Busy from None
            raise
        try:
            result = work(connection)
            connection.execute("COMMIT")
            return result
        except BaseException:
            connection.execute("ROLLBACK")
            raise
    finally:
        connection.close()


def _balance(connection, kind):
    return connection.execute(
        "SELECT balance FROM accounts WHERE customer = 'ada' AND kind = ?", (kind,)
    ).fetchone()[0]


def _move(path, wait, source, target, amount):
    """ada moves money between her own accounts (the total stays the same)."""

    def work(connection):
        for kind, delta in ((source, -amount), (target, amount)):
            connection.execute(
                "UPDATE accounts SET balance = balance + ? WHERE customer = 'ada' AND kind = ?",
                (delta, kind),
            )
        return True

    return _transaction(path, wait, work)


def _withdraw(path, wait, kind, amount):
    """The cash machine's withdrawal: allowed if ada's total stays >= 0."""

    def work(connection):
        total = _balance(connection, "checking") + _balance(connection, "savings")
        if total - amount < 0:
            return False
        connection.execute(
            "UPDATE accounts SET balance = balance - ? WHERE customer = 'ada' AND kind = ?",
            (amount, kind),
        )
        return True

    return _transaction(path, wait, work)


def _edit_address(path, wait, address):
    """Another clerk saves ada's address (with the version they just read)."""

    def work(connection):
        version = connection.execute(
            "SELECT version FROM customers WHERE customer = 'ada'"
        ).fetchone()[0]
        connection.execute(
            "UPDATE customers SET address = ?, version = version + 1 "
            "WHERE customer = 'ada' AND version = ?",
            (address, version),
        )
        return version + 1

    return _transaction(path, wait, work)


_ACTIONS = {"move": _move, "withdraw": _withdraw, "edit_address": _edit_address}
_armed = []
_runs = []


def arm(path, action, *args):
    """(For the checks.) Run this transaction at the next point()."""
    if action not in _ACTIONS:
        raise ValueError(f"unknown action {action!r}")
    _armed.append((path, action, args))


def point():
    """Where another transaction may run (see the module's docstring)."""
    while _armed:
        path, action, args = _armed.pop(0)
        run = {"action": action, "phase": None, "result": None, "error": None}
        tried = threading.Event()

        def work(path=path, action=action, args=args, run=run, tried=tried):
            try:
                try:
                    run["result"] = _ACTIONS[action](path, False, *args)
                    run["phase"] = "during"
                except _Busy:
                    run["phase"] = "after"
                    tried.set()
                    run["result"] = _ACTIONS[action](path, True, *args)
            except Exception as error:  # noqa: BLE001 - reported to the check
                run["error"] = f"{type(error).__name__}: {error}"
            finally:
                tried.set()

        thread = threading.Thread(target=work, daemon=True)
        thread.start()
        tried.wait(10)
        _runs.append((run, thread))


def settle():
    """(For the checks.) Wait for the armed transactions; what each did, and when."""
    found = []
    for run, thread in _runs:
        thread.join(15)
        found.append(dict(run))
    _runs.clear()
    never = [action for _, action, _ in _armed]
    _armed.clear()
    return {"runs": found, "never_ran": never}
