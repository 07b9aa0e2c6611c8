"""How the checks run and measure your queries (shown to learners).

Each check builds an in-memory shop (support/schema.sql, the data below, support/indexes.sql),
runs the original query and yours with the same parameters, and counts the SQLite virtual
machine's steps (its bytecode instructions) while yours runs: the work it does, on any machine.
"""

import sqlite3

import pytest
from winterarc_lab import sqlite

# 600 customers, 200 books, 4,000 orders over 2023-2024 (order ids grow with the date, a few
# orders a day), 1 to 3 lines each.
SHOP = """
INSERT INTO postcodes (postcode, city) VALUES
    ('EC1A 1BB', 'London'), ('M1 1AE', 'Manchester'), ('3512 JE', 'Utrecht'), ('75001', 'Paris');
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 600)
INSERT INTO customers (customer_id, customer_email, customer_name, postcode)
SELECT i, 'customer' || i || '@example.com', 'Customer ' || i,
       CASE i % 4 WHEN 0 THEN 'EC1A 1BB' WHEN 1 THEN 'M1 1AE' WHEN 2 THEN '3512 JE' ELSE '75001' END
FROM n;
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 200)
INSERT INTO books (isbn, title, list_price)
SELECT '978' || printf('%010d', i * 7919), 'Book ' || i, 10 + (i * 37) % 60 FROM n;
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 4000)
INSERT INTO orders (order_id, ordered_at, customer_id, status)
SELECT i, date('2023-01-01', '+' || (i * 730 / 4000) || ' days'), 1 + (i * 7919) % 600,
       CASE (i * 31) % 20 WHEN 0 THEN 'paid' WHEN 1 THEN 'placed' WHEN 2 THEN 'cancelled'
                          ELSE 'shipped' END
FROM n;
WITH RECURSIVE n(i) AS (VALUES (1), (2), (3))
INSERT INTO order_lines (order_id, isbn, quantity, unit_price)
SELECT o.order_id, '978' || printf('%010d', (1 + (o.order_id * 13 + n.i * 101) % 200) * 7919),
       1 + (o.order_id + n.i) % 3, 10 + (o.order_id * n.i) % 50
FROM orders AS o JOIN n ON n.i <= 1 + o.order_id % 3;
"""

# The queries as the shop runs them today (the starter files): right answers, too much work.
ORIGINAL = {
    "month_orders.sql": (
        "SELECT order_id, ordered_at, customer_id FROM orders "
        "WHERE strftime('%Y-%m', ordered_at) = :month ORDER BY ordered_at, order_id"
    ),
    "find_customer.sql": (
        "SELECT customer_id, customer_name FROM customers "
        "WHERE lower(customer_email) = lower(:email)"
    ),
    "orders_page.sql": (
        "SELECT order_id, ordered_at, status FROM orders "
        "ORDER BY order_id DESC LIMIT 20 OFFSET :offset"
    ),
    "latest_totals.sql": (
        "SELECT o.order_id, o.ordered_at, sum(l.quantity * l.unit_price) AS total "
        "FROM orders AS o JOIN order_lines AS l ON l.order_id = o.order_id "
        "GROUP BY o.order_id ORDER BY o.ordered_at DESC, o.order_id DESC LIMIT 20"
    ),
}
SHARE = 10  # your query may take at most 1/SHARE of the original's steps
STEP = 10  # the progress handler counts every STEP instructions
LIMIT = 5_000_000

_READS = {
    sqlite3.SQLITE_SELECT, sqlite3.SQLITE_READ, sqlite3.SQLITE_FUNCTION,
    getattr(sqlite3, "SQLITE_RECURSIVE", 33),
}  # fmt: skip


def build(lab):
    return sqlite(lab.files["schema.sql"], SHOP, lab.files["indexes.sql"])


def measure(db, sql, params):
    """(rows, steps, plan) of one SELECT, read-only, with its virtual-machine steps counted."""
    counted = [0]

    def progress():
        counted[0] += STEP
        return 1 if counted[0] > LIMIT else 0

    def read_only(action, arg1, *_):
        if action == sqlite3.SQLITE_FUNCTION and (arg1 or "").lower() == "load_extension":
            return sqlite3.SQLITE_DENY
        return sqlite3.SQLITE_OK if action in _READS else sqlite3.SQLITE_DENY

    db.set_authorizer(read_only)
    try:
        plan = [row[3] for row in db.execute("EXPLAIN QUERY PLAN " + sql, params)]
        db.set_progress_handler(progress, STEP)
        rows = db.execute(sql, params).fetchall()
    except sqlite3.Error as error:
        if counted[0] > LIMIT:
            pytest.fail(f"the query ran past {LIMIT:,} steps and was stopped")
        pytest.fail(f"the query failed: {error} (one SELECT, with the parameters of the statement)")
    finally:
        db.set_progress_handler(None, 0)
        db.set_authorizer(None)
    return rows, counted[0], plan


def compare(lab, db, name, params):
    """Your query's rows must be the original's, in the same order."""
    expected, _, _ = measure(db, ORIGINAL[name], params)
    rows, _, plan = measure(db, lab.files[name], params)
    assert rows == expected, (
        f"{name} with {params} returned {len(rows)} rows, the original {len(expected)}; "
        f"first difference: {first_difference(rows, expected)}"
    )
    return plan


def within_budget(lab, db, name, params):
    _, original, _ = measure(db, ORIGINAL[name], params)
    _, steps, plan = measure(db, lab.files[name], params)
    budget = original // SHARE
    assert steps <= budget, (
        f"{name} took {steps:,} steps; the original takes {original:,}, and the budget is a "
        f"tenth of that, {budget:,}. Its plan: {plan}"
    )


def first_difference(rows, expected):
    for index, (mine, theirs) in enumerate(zip(rows, expected)):
        if mine != theirs:
            return f"row {index}: {mine} instead of {theirs}"
    if len(rows) != len(expected):
        return f"row {min(len(rows), len(expected))} is missing or extra"
    return "none"
