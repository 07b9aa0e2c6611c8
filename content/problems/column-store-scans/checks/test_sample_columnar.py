from sample_sales import PAGE, Store


def test_sample_totals(learner):
    store = Store(learner)
    assert store("count") == 8_000
    assert store("total", "amount_cents") == store.expected_total("amount_cents")
    assert store("total", "quantity", {"country": "NL"}) == store.expected_total(
        "quantity", {"country": "NL"}
    )


def test_sample_a_sum_reads_only_its_column(learner):
    store = Store(learner)
    answer, pages = store.pages("total", "amount_cents")
    assert answer == store.expected_total("amount_cents")
    budget = 8_000 * 8 // PAGE + 5  # the column at 8 bytes a value, plus a few pages
    assert pages <= budget, (
        f"total('amount_cents') read {pages} pages, the budget is {budget}: a store that keeps "
        "rows together reads every column of every row to add up one"
    )
