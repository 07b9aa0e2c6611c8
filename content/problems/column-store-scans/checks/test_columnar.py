from sample_sales import PAGE, Store, matches


def test_filters_and_ranges(learner):
    """count and total with equality, inclusive ranges and both, on text and numbers."""
    store = Store(learner)
    for where in (
        {"country": "DE"},
        {"product_id": 42},
        {"quantity": {"from": 2, "to": 3}},
        {"day": {"from": "2024-02-10", "to": "2024-02-20"}},
        {"country": {"from": "ES", "to": "IT"}, "quantity": 5},
        {"country": "XX"},
    ):
        expected = sum(1 for row in store.rows if matches(row, where))
        assert store("count", where) == expected, f"count where {where}"
        assert store("total", "amount_cents", where) == store.expected_total("amount_cents", where)


def test_totals_by_group(learner):
    """totals_by(group, column, where) is [[group value, sum], ...] sorted by the group value."""
    store = Store(learner)
    where = {"day": {"from": "2024-03-01", "to": "2024-03-31"}}
    sums = {}
    for row in store.rows:
        if matches(row, where):
            sums[row["country"]] = sums.get(row["country"], 0) + row["amount_cents"]
    assert store("totals_by", "country", "amount_cents", where) == [[k, sums[k]] for k in sorted(sums)]
    by_quantity = store("totals_by", "quantity", "quantity")
    assert [key for key, _ in by_quantity] == [1, 2, 3, 4, 5]


def test_queries_read_the_disk(learner):
    """After load(), queries read the disk: the store keeps no rows in memory."""
    store = Store(learner)
    answer, pages = store.pages("count", {"country": "SE"})
    assert answer == sum(1 for row in store.rows if row["country"] == "SE")
    assert pages > 0, (
        "count() read nothing from the disk: keep the data on the disk, not in the process (the "
        "table is far bigger than memory in real life, and other processes query it too)"
    )


def test_low_cardinality_text_is_small(learner):
    """count(where country=...) reads at most 1 byte per row of the country column."""
    store = Store(learner)
    answer, pages = store.pages("count", {"country": "NL"})
    assert answer == sum(1 for row in store.rows if row["country"] == "NL")
    budget = 8_000 // PAGE + 5
    assert pages <= budget, (
        f"count(country = 'NL') read {pages} pages, the budget is {budget}: 8 countries fit in "
        "one byte per row with a dictionary (the distinct values once, a small code per row)"
    )


def test_a_narrow_date_range_reads_a_few_pages(learner):
    """A week of the 80 days: the amounts of that week only, not the whole column."""
    store = Store(learner)
    where = {"day": {"from": "2024-03-04", "to": "2024-03-10"}}
    answer, pages = store.pages("total", "amount_cents", where)
    assert answer == store.expected_total("amount_cents", where)
    assert pages <= 10, (
        f"a week's total read {pages} pages (the budget is 10): find the matching rows in a small "
        "day column, then read only the pages of amount_cents that hold them (fixed-width values "
        "make row i's offset i * width)"
    )


def test_unknown_columns_are_value_errors(learner):
    """A column that is not in the table raises ValueError."""
    store = Store(learner)
    with learner.raises("ValueError"):
        store("total", "profit")
    with learner.raises("ValueError"):
        store("count", {"city": "Utrecht"})
