from sample_tuning import build, compare, within_budget


def page(db, offset):
    """The parameters of the page after `offset` orders: :offset and :after_id agree."""
    if offset == 0:
        return {"offset": 0, "after_id": 2**62}
    after = db.execute(
        "SELECT order_id FROM orders ORDER BY order_id DESC LIMIT 1 OFFSET ?", (offset - 1,)
    ).fetchone()[0]
    return {"offset": offset, "after_id": after}


def test_month_orders_any_month(lab):
    """month_orders: December (the month ends in another year), January, a month with none."""
    db = build(lab)
    for month in ("2023-12", "2024-12", "2023-01", "2024-02", "2022-06", "2025-01"):
        compare(lab, db, "month_orders.sql", {"month": month})


def test_find_customer_same_answers(lab):
    """find_customer: the same customer whatever the case; nobody for an unknown email."""
    db = build(lab)
    for email in ("customer42@example.com", "Customer42@Example.COM", "CUSTOMER7@EXAMPLE.COM",
                  "nobody@example.com"):  # fmt: skip
        compare(lab, db, "find_customer.sql", {"email": email})


def test_find_customer_within_budget(lab):
    """find_customer takes at most a tenth of the original's steps."""
    within_budget(lab, build(lab), "find_customer.sql", {"email": "Customer42@Example.COM"})


def test_orders_page_same_answers(lab):
    """orders_page: the first page, a middle page and the last, short one."""
    db = build(lab)
    for offset in (0, 20, 2000, 3980, 3990):
        compare(lab, db, "orders_page.sql", page(db, offset))


def test_orders_page_within_budget(lab):
    """orders_page deep in the list takes at most a tenth of the original's steps."""
    db = build(lab)
    within_budget(lab, db, "orders_page.sql", page(db, 3000))


def test_latest_totals_same_answer(lab):
    """latest_totals: the same 20 orders, in the same order, with the same totals."""
    compare(lab, build(lab), "latest_totals.sql", {})


def test_latest_totals_within_budget(lab):
    """latest_totals takes at most a tenth of the original's steps."""
    within_budget(lab, build(lab), "latest_totals.sql", {})
