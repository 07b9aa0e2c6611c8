from sample_tuning import build, compare, within_budget


def test_sample_month_orders_same_answer(lab):
    db = build(lab)
    compare(lab, db, "month_orders.sql", {"month": "2024-03"})


def test_sample_month_orders_within_budget(lab):
    db = build(lab)
    within_budget(lab, db, "month_orders.sql", {"month": "2024-03"})
