"""Three bank operations. Each one is right alone and wrong when someone else is busy too."""

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
    """checking + savings."""
    db = connect(path)
    try:
        checking = _balance(db, customer, "checking")
        point()  # TODO: a transfer between the two accounts commits here
        savings = _balance(db, customer, "savings")
        return checking + savings
    finally:
        db.close()


def withdraw(path: str, customer: str, kind: str, amount: int) -> bool:
    """Take `amount` from one account if the customer's total stays >= 0."""
    if amount <= 0:
        raise ValueError("the amount must be positive")
    db = connect(path)
    try:
        total = _balance(db, customer, "checking") + _balance(db, customer, "savings")
        point()  # TODO: a withdrawal from the other account commits here
        if total - amount < 0:
            return False
        db.execute(
            "UPDATE accounts SET balance = balance - ? WHERE customer = ? AND kind = ?",
            (amount, customer, kind),
        )
        return True
    finally:
        db.close()


def update_address(path: str, customer: str, expected_version: int, address: str) -> int:
    """Save the address if the record is still at `expected_version`; the new version."""
    db = connect(path)
    try:
        # TODO: the version is never checked, so the last clerk to save wins.
        point()  # another clerk saves here
        db.execute(
            "UPDATE customers SET address = ?, version = version + 1 WHERE customer = ?",
            (address, customer),
        )
        return expected_version + 1
    finally:
        db.close()
