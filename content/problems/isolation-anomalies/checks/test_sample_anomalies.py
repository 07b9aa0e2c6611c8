from conftest import Bank


def test_sample_total_balance(bank):
    assert bank("total_balance", "ada") == 300


def test_sample_total_balance_while_money_moves(bank):
    # checking 100, savings 200; between your two reads, ada moves 150 from savings to
    # checking in another transaction, which commits.
    bank.arm("move", "savings", "checking", 150)
    total = bank("total_balance", "ada")
    bank.settle()
    assert bank.state()["checking"] == 250, "the move happened"
    assert total == 300, (
        f"total_balance said {total}: it read checking before the move and savings after it "
        "(read skew). Both reads must see the same moment: one transaction"
    )


def test_sample_withdrawal_within_the_total(learner):
    bank = Bank(learner, checking=100, savings=100)
    assert bank("withdraw", "ada", "checking", 150) is True, "150 of a 200 total is allowed"
    assert bank("withdraw", "ada", "savings", 100) is False, "a total of -50 is not"
    state = bank.state()
    assert (state["checking"], state["savings"]) == (-50, 100)
