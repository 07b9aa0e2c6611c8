from sample_shop import CLRS, TCPL, build, count, refused, seed

POINTING_AT_NOTHING = [
    (
        "an order for customer 999, who does not exist",
        "INSERT INTO orders (order_id, ordered_at, customer_id) VALUES (1003, '2024-03-03', 999)",
    ),
    (
        "an order line for a book that is not in books",
        "INSERT INTO order_lines (order_id, isbn, quantity, unit_price) "
        "VALUES (1001, '9780000000002', 1, 10)",
    ),
    (
        "an order line for order 4242, which does not exist",
        "INSERT INTO order_lines (order_id, isbn, quantity, unit_price) "
        f"VALUES (4242, '{CLRS}', 1, 10)",
    ),
    (
        "a customer in a postcode that is not in postcodes",
        "INSERT INTO customers (customer_email, customer_name, postcode) "
        "VALUES ('bob@example.com', 'Bob', 'NO SUCH')",
    ),
    (
        "an author 999 of a book, who does not exist",
        f"INSERT INTO book_authors (isbn, author_id) VALUES ('{TCPL}', 999)",
    ),
]


def test_sample_a_valid_shop_is_accepted(lab):
    db = build(lab)
    ids = seed(db)
    assert ids["ada"] != ids["alan"], "customer_id is assigned by the database, one per customer"
    assert count(db, "order_lines") == 3
    status = db.execute("SELECT status FROM orders WHERE order_id = 1001").fetchone()[0]
    assert status == "placed", "an order's status is 'placed' unless it is given"


def test_sample_references_must_exist(lab):
    db = build(lab)
    seed(db)
    accepted = [what for what, sql in POINTING_AT_NOTHING if not refused(db, sql)]
    assert not accepted, (
        "these rows point at nothing, and were accepted: " + "; ".join(accepted)
        + " (declare the FOREIGN KEYs: the checks run with PRAGMA foreign_keys = ON)"
    )
