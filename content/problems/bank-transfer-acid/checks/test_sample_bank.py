def test_sample_a_transfer_moves_money(bank):
    assert bank("transfer", "alice", "bob", 300) is True
    assert bank.balances("alice", "bob") == [700, 300]
    assert bank("history") == [["alice", "bob", 300]]


def test_sample_too_little_money_is_refused(bank):
    assert bank("transfer", "bob", "alice", 1) is False, "bob has 0: the transfer is refused"
    assert bank("transfer", "alice", "bob", 1001) is False
    assert bank.balances("alice", "bob") == [1000, 0]
    assert bank("history") == [], "a refused transfer is not in the history"
