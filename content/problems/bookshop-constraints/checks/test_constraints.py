from sample_shop import CLRS, TCPL, build, count, refused, run, seed


def refused_values(db, sql, values):
    """The values of `values` that the database accepted in `sql` (one placeholder)."""
    return [value for value in values if not refused(db, sql, (value,))]


def test_customers_have_a_surrogate_key(lab):
    """customer_id INTEGER PRIMARY KEY; orders refer to it, so an email can change."""
    db = build(lab)
    ids = seed(db)
    columns = {row[1]: row for row in db.execute("PRAGMA table_info(customers)")}
    assert "customer_id" in columns and columns["customer_id"][5] == 1, (
        "customers' primary key is customer_id"
    )
    assert columns["customer_id"][2].upper() == "INTEGER", (
        "customer_id is INTEGER PRIMARY KEY (an alias of the rowid, assigned by SQLite)"
    )
    links = {(row[2], row[3], row[4]) for row in db.execute("PRAGMA foreign_key_list(orders)")}
    assert ("customers", "customer_id", "customer_id") in links or (
        "customers", "customer_id", None) in links, "orders.customer_id references customers"
    changed = run(
        db,
        "UPDATE customers SET customer_email = 'ada.king@example.com' WHERE customer_id = ?",
        (ids["ada"],),
    ).rowcount
    assert changed == 1
    assert count(db, "orders", "customer_id = ?", (ids["ada"],)) == 1, (
        "after Ada changed her email, her order is still hers"
    )


def test_email_is_unique_ignoring_case(lab):
    """One customer per email, whatever its case; an email needs an @."""
    db = build(lab)
    seed(db)
    sql = "INSERT INTO customers (customer_email, customer_name, postcode) VALUES (?, 'X', 'M1 1AE')"
    assert refused(db, sql, ("ada@example.com",)), "a second customer with Ada's email"
    assert refused(db, sql, ("ADA@Example.COM",)), (
        "ADA@Example.COM is Ada's email in other letters: make the uniqueness case-insensitive "
        "(COLLATE NOCASE on the column, or a UNIQUE index on lower(customer_email))"
    )
    assert refused(db, sql, ("ada.example.com",)), "an email without an @"
    assert not refused(db, sql, ("barbara@example.com",)), "a new customer is accepted"


# A valid row per table (given the seed) and the columns that may not be NULL.
REQUIRED = [
    ("postcodes", {"postcode": "LS1 4AP", "city": "Leeds"}),
    ("customers", {"customer_email": "x@example.com", "customer_name": "X", "postcode": "M1 1AE"}),
    ("books", {"isbn": "9780201633610", "title": "Design Patterns", "list_price": 50.0}),
    ("authors", {"name": "Erich Gamma"}),
    ("orders", {"order_id": 1003, "ordered_at": "2024-03-03", "customer_id": None,
                "status": "paid"}),  # fmt: skip
    ("order_lines", {"order_id": 1002, "isbn": CLRS, "quantity": 1, "unit_price": 95.0}),
]


def test_every_column_is_required(lab):
    """Every column is NOT NULL (a TEXT PRIMARY KEY alone lets NULL in, in SQLite)."""
    db = build(lab)
    ids = seed(db)
    accepted = []
    rows = [*REQUIRED, ("book_authors", {"isbn": CLRS, "author_id": ids["Brian Kernighan"]})]
    for table, row in rows:
        row = {k: ids["alan"] if k == "customer_id" else v for k, v in row.items()}
        sql = f"INSERT INTO {table} ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})"
        assert not refused(db, sql, tuple(row.values())), f"a valid row of {table}: {row}"
        for column in row:
            if column == "order_id" and table == "orders":
                continue  # INTEGER PRIMARY KEY: NULL asks SQLite for the next id
            values = tuple(None if k == column else v for k, v in row.items())
            if not refused(db, sql, values):
                accepted.append(f"{table}.{column}")
    assert not accepted, f"NULL was accepted in {', '.join(accepted)}: add NOT NULL"


def test_isbns_and_prices_are_checked(lab):
    """An isbn is 13 digits; prices are never negative."""
    db = build(lab)
    seed(db)
    book = "INSERT INTO books (isbn, title, list_price) VALUES (?, 'A book', 10)"
    bad = ["978013110362", "97801311036270", "978013110362X", "978-0-13-110362"]
    accepted = refused_values(db, book, bad)
    assert not accepted, f"isbn(s) {accepted} were accepted: an isbn is exactly 13 digits"
    assert not refused(db, book, ("9780201633610",)), "a 13-digit isbn is accepted"
    assert refused(
        db, "INSERT INTO books (isbn, title, list_price) VALUES ('9780596007126', 'B', -1)"
    ), "a negative list_price"
    assert refused(
        db,
        "INSERT INTO order_lines (order_id, isbn, quantity, unit_price) "
        f"VALUES (1002, '{CLRS}', 1, -5)",
    ), "a negative unit_price"
    assert not refused(
        db,
        "INSERT INTO order_lines (order_id, isbn, quantity, unit_price) "
        f"VALUES (1002, '{CLRS}', 1, 0)",
    ), "a free book (unit_price 0) is accepted"


def test_quantities_are_whole_positive_numbers(lab):
    """quantity is an integer above 0: 0, -1, 2.5 and 'two' are refused."""
    db = build(lab)
    seed(db)
    line = (
        "INSERT INTO order_lines (order_id, isbn, quantity, unit_price) "
        f"VALUES (1002, '{CLRS}', ?, 95)"
    )
    accepted = refused_values(db, line, [0, -1, 2.5, "two"])
    assert not accepted, (
        f"quantity {accepted} accepted: SQLite stores 'two' in an INTEGER column (and 'two' > 0 "
        "is true), so check typeof(quantity) = 'integer' as well, or use a STRICT table"
    )
    assert not refused(db, line, (3,)), "quantity 3 is accepted"


def test_dates_and_statuses_are_checked(lab):
    """ordered_at is a real YYYY-MM-DD date; status is placed, paid, shipped or cancelled."""
    db = build(lab)
    ids = seed(db)
    order = "INSERT INTO orders (order_id, ordered_at, customer_id) VALUES (1003, ?, ?)"
    accepted = [
        value
        for value in ("03/01/2024", "2024-13-01", "2024-02-32", "yesterday", "2024-3-1")
        if not refused(db, order, (value, ids["ada"]))
    ]
    assert not accepted, (
        f"ordered_at {accepted} accepted. Careful: date('03/01/2024') is NULL, and a CHECK "
        "that is NULL passes, so compare with IS, not ="
    )
    assert not refused(db, order, ("2024-02-29", ids["ada"])), "2024-02-29 is a date"
    status = "INSERT INTO orders (order_id, ordered_at, customer_id, status) VALUES (1004, '2024-03-04', ?, ?)"
    assert refused(db, status, (ids["ada"], "lost")), "status 'lost'"
    assert refused(db, status, (ids["ada"], "PAID")), "status 'PAID' (the statuses are lowercase)"
    for good in ("placed", "paid", "shipped", "cancelled"):
        assert not refused(db, status, (ids["ada"], good)), f"status {good!r} is accepted"


def test_deleting_an_order_deletes_its_lines(lab):
    """ON DELETE CASCADE: deleting an order deletes its order lines."""
    db = build(lab)
    seed(db)
    assert not refused(db, "DELETE FROM orders WHERE order_id = 1001"), (
        "deleting order 1001 was refused: its lines should go with it (ON DELETE CASCADE)"
    )
    db.execute("DELETE FROM orders WHERE order_id = 1001")
    assert count(db, "order_lines", "order_id = 1001") == 0
    assert count(db, "order_lines") == 1, "only order 1001's lines are deleted"


def test_a_customer_with_orders_cannot_be_deleted(lab):
    """Deleting a customer who has orders is refused; one without orders can go."""
    db = build(lab)
    ids = seed(db)
    assert refused(db, "DELETE FROM customers WHERE customer_id = ?", (ids["ada"],)), (
        "deleting Ada, who has an order, was accepted: the order history must not vanish "
        "(ON DELETE RESTRICT, or no action, not CASCADE)"
    )
    assert count(db, "orders") == 2
    run(db, "INSERT INTO customers (customer_email, customer_name, postcode) "
            "VALUES ('new@example.com', 'New', 'M1 1AE')")  # fmt: skip
    assert not refused(db, "DELETE FROM customers WHERE customer_email = 'new@example.com'")


def test_an_ordered_book_cannot_be_deleted(lab):
    """A book on an order line stays; an unordered book goes, with its authorships."""
    db = build(lab)
    ids = seed(db)
    assert refused(db, f"DELETE FROM books WHERE isbn = '{TCPL}'"), (
        "deleting a book that was ordered was accepted"
    )
    run(db, "INSERT INTO books (isbn, title, list_price) VALUES ('9780201633610', 'DP', 50)")
    run(db, "INSERT INTO book_authors (isbn, author_id) VALUES ('9780201633610', ?)",
        (ids["Brian Kernighan"],))  # fmt: skip
    assert not refused(db, "DELETE FROM books WHERE isbn = '9780201633610'"), (
        "deleting a book nobody ordered was refused: its book_authors rows should go with it"
    )
    db.execute("DELETE FROM books WHERE isbn = '9780201633610'")
    assert count(db, "book_authors", "isbn = '9780201633610'") == 0
    assert count(db, "authors") == 3, "the authors stay"


def test_books_have_many_authors(lab):
    """book_authors links books and authors many-to-many, each pair once."""
    db = build(lab)
    ids = seed(db)
    kernighan = ids["Brian Kernighan"]
    run(db, "INSERT INTO books (isbn, title, list_price) VALUES ('9780201633610', 'Other', 50)")
    run(db, "INSERT INTO book_authors (isbn, author_id) VALUES ('9780201633610', ?)", (kernighan,))
    assert count(db, "book_authors", "author_id = ?", (kernighan,)) == 2
    assert count(db, "book_authors", "isbn = ?", (TCPL,)) == 2
    assert refused(db, "INSERT INTO book_authors (isbn, author_id) VALUES (?, ?)", (TCPL, kernighan)), (
        "the same author twice on the same book: make (isbn, author_id) the primary key"
    )
