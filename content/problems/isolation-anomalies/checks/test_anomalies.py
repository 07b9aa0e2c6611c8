from conftest import Bank


def test_write_skew_two_withdrawals_at_once(learner):
    """Two withdrawals of 150 from a total of 200, one from each account: only one succeeds."""
    bank = Bank(learner, checking=100, savings=100)
    bank.arm("withdraw", "savings", 150)
    mine = bank("withdraw", "ada", "checking", 150)
    (other,) = bank.settle()
    state = bank.state()
    total = state["checking"] + state["savings"]
    assert total >= 0, (
        f"ada's total is {total}: both withdrawals checked the total before either wrote "
        "(write skew). Take the write lock before reading (BEGIN IMMEDIATE)"
    )
    assert [mine, other["result"]].count(True) == 1, (mine, other)


def test_withdrawals_that_both_fit_both_succeed(learner):
    """Withdrawals of 100 and 50 from a total of 200 at once: both succeed."""
    bank = Bank(learner, checking=100, savings=100)
    bank.arm("withdraw", "savings", 50)
    mine = bank("withdraw", "ada", "checking", 100)
    bank.settle()
    assert mine is True, (
        "your withdrawal of 100 was refused though 150 of the total of 200 was left after the "
        "other one: a conflict means 'try again', not 'no'"
    )
    state = bank.state()
    assert (state["checking"], state["savings"]) == (0, 50)


def test_total_balance_after_a_move_the_other_way(learner):
    """A move from checking to savings between the reads: still the one true total."""
    bank = Bank(learner, checking=300, savings=0)
    bank.arm("move", "checking", "savings", 120)
    assert bank("total_balance", "ada") == 300
    bank.settle()
    assert bank("total_balance", "ada") == 300


def test_address_saved_with_the_current_version(bank):
    """update_address with the current version saves it and returns the next version."""
    assert bank("update_address", "ada", 1, "2 New Road") == 2
    assert bank("update_address", "ada", 2, "3 Newer Road") == 3
    state = bank.state()
    assert (state["address"], state["version"]) == ("3 Newer Road", 3)


def test_stale_version_is_a_conflict(bank):
    """Two clerks load version 1; the second to save gets Conflict, the first one's edit stays."""
    assert bank("update_address", "ada", 1, "From clerk one") == 2
    with bank.learner.raises("Conflict"):
        bank("update_address", "ada", 1, "From clerk two")
    state = bank.state()
    assert (state["address"], state["version"]) == ("From clerk one", 2), (
        "the second clerk's stale edit overwrote the first one's (a lost update)"
    )


def test_conflict_when_a_save_lands_mid_update(bank):
    """Another clerk saves inside your update_address call: Conflict, their edit stays."""
    bank.arm("edit_address", "Saved by the other clerk")
    with bank.learner.raises("Conflict"):
        bank("update_address", "ada", 1, "My stale edit")
    bank.settle()
    state = bank.state()
    assert (state["address"], state["version"]) == ("Saved by the other clerk", 2), (
        "checking the version and writing must be one step: here the other clerk saved in "
        "between, and your write replaced their address"
    )


def test_unknown_customer_is_a_value_error(bank):
    """update_address for a customer who does not exist raises ValueError."""
    with bank.learner.raises("ValueError"):
        bank("update_address", "nobody", 1, "Nowhere")
