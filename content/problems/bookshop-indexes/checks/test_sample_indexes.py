from sample_plans import build, explain, full_scans, plan


def test_sample_my_orders_searches_by_customer(lab):
    db = build(lab)
    lines = plan(db, "my_orders")
    assert not full_scans(db, lines), (
        f"{explain('my_orders', lines)}: it reads every order to find one customer's; "
        "an index that starts with customer_id lets it jump to them"
    )
    assert any("(customer_id=?" in line for line in lines), explain("my_orders", lines)


def test_sample_who_bought_a_book_searches_its_lines(lab):
    db = build(lab)
    lines = plan(db, "who_bought")
    assert not full_scans(db, lines), (
        f"{explain('who_bought', lines)}: order_lines' primary key (order_id, isbn) starts with "
        "order_id, so it cannot find a book's lines; foreign keys are not indexed for you"
    )
