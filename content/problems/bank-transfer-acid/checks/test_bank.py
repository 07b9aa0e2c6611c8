def test_a_transfer_is_seen_by_another_connection(bank, learner):
    """Durability: after transfer() returns, a second Bank on the same file sees it."""
    assert bank("transfer", "alice", "bob", 250) is True
    other = learner.new("bank", "Bank", bank.path)
    seen = [learner.method(other, "balance", name) for name in ("alice", "bob")]
    assert seen == [750, 250], (
        f"a second connection sees {seen}: the transfer was never committed. Python's sqlite3 "
        "opens a transaction before an UPDATE by itself and keeps it open until commit()"
    )


def test_unknown_account_changes_nothing(bank):
    """Atomicity: a transfer to or from an unknown account raises ValueError, moves nothing."""
    with bank.learner.raises("ValueError"):
        bank("transfer", "alice", "mallory", 100)
    with bank.learner.raises("ValueError"):
        bank("transfer", "mallory", "bob", 100)
    assert bank.balances("alice", "bob") == [1000, 0], (
        "money left alice though the transfer failed: an UPDATE of an account that does not exist "
        "changes 0 rows without an error, so the debit must be undone (or never done)"
    )
    assert bank("history") == []


def test_bad_transfers_are_refused(bank):
    """A zero, negative or non-integer amount, or a transfer to oneself, raises ValueError."""
    for args in (("alice", "bob", 0), ("alice", "bob", -50), ("alice", "bob", 2.5),
                 ("alice", "alice", 10)):  # fmt: skip
        with bank.learner.raises("ValueError"):
            bank("transfer", *args)
    assert bank.balances("alice", "bob") == [1000, 0], "a negative amount moves money backwards"


def test_concurrent_transfers_lose_nothing(bank):
    """Isolation: 4 threads x 10 transfers of 1 at once: alice 960, bob 40, 40 in history."""
    bank.learner.hammer(bank.handle, "transfer", "alice", "bob", 1, threads=4, calls=10)
    balances = bank.balances("alice", "bob")
    assert sum(balances) == 1000, (
        f"alice and bob have {balances}: money was created or destroyed. Two transfers read the "
        "same balance and both wrote their own result (a lost update)"
    )
    assert balances == [960, 40], balances
    assert len(bank("history")) == 40


def test_concurrent_transfers_never_overdraw(bank):
    """4 threads x 5 transfers of 10 from bob's 50: exactly 5 succeed, nobody goes below 0."""
    bank("transfer", "alice", "bob", 50)
    bank.learner.hammer(bank.handle, "transfer", "bob", "alice", 10, threads=4, calls=5)
    assert bank.balances("alice", "bob") == [1000, 0], (
        f"balances {bank.balances('alice', 'bob')}: checking the balance and debiting it must "
        "happen in one transaction that nobody else can write in between"
    )
    assert len(bank("history")) == 1 + 5
