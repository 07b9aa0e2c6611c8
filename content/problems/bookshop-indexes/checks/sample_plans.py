"""The bookshop's hot queries, and how the checks read their plans (shown to learners).

Each check builds an in-memory database from support/schema.sql and your indexes.sql, then asks
SQLite how it would run a query: `EXPLAIN QUERY PLAN` lists one line per table it reads:

    SCAN orders                                  reads every row of orders
    SEARCH orders USING INDEX i (customer_id=?)  jumps to the matching rows through index i
    SEARCH books USING COVERING INDEX i (...)    answers from the index alone
    USE TEMP B-TREE FOR ORDER BY                 sorts the rows after reading them
"""

import sqlite3

import pytest
from winterarc_lab import sqlite

QUERIES = {
    "my_orders": (
        "SELECT order_id, ordered_at, status FROM orders "
        "WHERE customer_id = :customer ORDER BY ordered_at DESC LIMIT 20"
    ),
    "who_bought": (
        "SELECT o.order_id, o.ordered_at, l.quantity "
        "FROM order_lines AS l JOIN orders AS o ON o.order_id = l.order_id "
        "WHERE l.isbn = :isbn"
    ),
    "find_by_name": (
        "SELECT customer_id, customer_name FROM customers "
        "WHERE lower(customer_name) = lower(:name)"
    ),
    "to_ship": (
        "SELECT order_id, ordered_at FROM orders "
        "WHERE status = 'paid' ORDER BY ordered_at LIMIT 50"
    ),
    "price_range": (
        "SELECT isbn, title, list_price FROM books "
        "WHERE list_price BETWEEN :low AND :high ORDER BY list_price"
    ),
    "month_sales": (
        "SELECT count(*), sum(l.quantity * l.unit_price) "
        "FROM orders AS o JOIN order_lines AS l ON l.order_id = o.order_id "
        "WHERE o.ordered_at >= :start AND o.ordered_at < :end"
    ),
}
PARAMETERS = {
    "customer": 7, "isbn": "9780131103627", "name": "ada lovelace", "low": 20, "high": 40,
    "start": "2024-03-01", "end": "2024-04-01",
}  # fmt: skip


def build(lab):
    """support/schema.sql, then your indexes.sql."""
    db = sqlite(lab.files["schema.sql"])
    try:
        db.executescript(lab.files["indexes.sql"])
    except sqlite3.Error as error:
        pytest.fail(f"indexes.sql failed: {error}")
    return db


def plan(db, name):
    """The lines of EXPLAIN QUERY PLAN for one of the QUERIES."""
    rows = db.execute("EXPLAIN QUERY PLAN " + QUERIES[name], PARAMETERS).fetchall()
    return [row[3] for row in rows]


def partial_indexes(db):
    return {
        name
        for name, sql in db.execute("SELECT name, sql FROM sqlite_master WHERE type = 'index'")
        if sql and " WHERE " in sql.upper().replace("\n", " ")
    }


def full_scans(db, lines):
    """Plan lines that read a whole table (a SCAN that is not of a partial index)."""
    partial = partial_indexes(db)
    found = []
    for line in lines:
        if not line.startswith("SCAN "):
            continue
        words = line.split()
        if "INDEX" in words and words[words.index("INDEX") + 1] in partial:
            continue  # a partial index holds only the rows its WHERE selects
        found.append(line)
    return found


def explain(name, lines):
    return f"the plan of {name} is {lines}"
