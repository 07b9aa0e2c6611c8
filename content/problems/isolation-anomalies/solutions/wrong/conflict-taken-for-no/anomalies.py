# Caught by test_withdrawals_that_both_fit_both_succeed: the conflict on a stale snapshot is
# answered with "refused", though a retry would have found enough money.
"""Three bank operations that stay correct while other transactions run."""

import sqlite3

from bankdb import connect, point


class Conflict(Exception):
    """Someone else saved the record since it was read: reload and try again."""


def _balance(db, customer, kind):
    row = db.execute(
        "SELECT balance FROM accounts WHERE customer = ? AND kind = ?", (customer, kind)
    ).fetchone()
    if row is None:
        raise ValueError(f"no {kind} account for {customer!r}")
    return row[0]


def total_balance(path: str, customer: str) -> int:
    """checking + savings, as of one moment: both reads in one transaction (one snapshot)."""
    db = connect(path)
    try:
        db.execute("BEGIN")  # the snapshot starts at the first read and lasts until COMMIT
        checking = _balance(db, customer, "checking")
        point()
        savings = _balance(db, customer, "savings")
        db.execute("COMMIT")
        return checking + savings
    finally:
        db.close()


def withdraw(path: str, customer: str, kind: str, amount: int) -> bool:
    """Take `amount` from one account if the customer's total stays >= 0."""
    if amount <= 0:
        raise ValueError("the amount must be positive")
    db = connect(path)
    try:
        db.execute("BEGIN")
        try:
            total = _balance(db, customer, "checking") + _balance(db, customer, "savings")
            point()
            if total - amount < 0:
                db.execute("ROLLBACK")
                return False
            db.execute(
                "UPDATE accounts SET balance = balance - ? WHERE customer = ? AND kind = ?",
                (amount, customer, kind),
            )
            db.execute("COMMIT")
            return True
        except sqlite3.OperationalError:
            if db.in_transaction:
                db.execute("ROLLBACK")
            return False  # somebody else was faster: treat it as "not enough money"
    finally:
        db.close()


def update_address(path: str, customer: str, expected_version: int, address: str) -> int:
    """Save the address if the record is still at `expected_version`; the new version."""
    db = connect(path)
    try:
        point()
        # Compare and write in one statement: nothing can run between the check and the write.
        changed = db.execute(
            "UPDATE customers SET address = ?, version = version + 1 "
            "WHERE customer = ? AND version = ?",
            (address, customer, expected_version),
        ).rowcount
        if changed == 1:
            return expected_version + 1
        if db.execute("SELECT 1 FROM customers WHERE customer = ?", (customer,)).fetchone():
            raise Conflict(f"{customer!r} was changed since version {expected_version}")
        raise ValueError(f"no customer {customer!r}")
    finally:
        db.close()


