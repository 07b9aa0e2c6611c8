"""Helpers for the bookshop checks (shown to learners): build your schema and try rows on it.

Every check gets a fresh in-memory SQLite database with `PRAGMA foreign_keys = ON` and your
schema.sql, inserts the rows below, then tries rows that must be accepted or refused.
"""

import sqlite3

import pytest
from winterarc_lab import sqlite

TCPL = "9780131103627"  # The C Programming Language
CLRS = "9780262033848"  # Introduction to Algorithms


def build(lab):
    try:
        return sqlite("PRAGMA foreign_keys = ON;", lab.files["schema.sql"])
    except sqlite3.Error as error:
        pytest.fail(f"schema.sql failed: {error}")


def run(db, sql, params=()):
    """Execute a statement the schema must accept."""
    try:
        return db.execute(sql, params)
    except sqlite3.OperationalError as error:
        pytest.fail(f"{sql} failed: {error} (see the table and column names in the statement)")
    except sqlite3.IntegrityError as error:
        pytest.fail(f"a valid row was refused: {sql} {params} -> {error}")


def refused(db, sql, params=()):
    """True when the database refuses the statement with a constraint error (it is undone)."""
    db.execute("SAVEPOINT attempt")
    try:
        db.execute(sql, params)
    except sqlite3.IntegrityError:
        return True
    except sqlite3.OperationalError as error:
        pytest.fail(f"{sql} failed: {error} (see the table and column names in the statement)")
    finally:
        db.execute("ROLLBACK TO attempt")
        db.execute("RELEASE attempt")
    return False


def seed(db):
    """Two customers, two books by three authors, two orders. Returns the generated ids."""
    run(db, "INSERT INTO postcodes (postcode, city) VALUES ('EC1A 1BB', 'London')")
    run(db, "INSERT INTO postcodes (postcode, city) VALUES ('M1 1AE', 'Manchester')")
    add_customer = "INSERT INTO customers (customer_email, customer_name, postcode) VALUES (?, ?, ?)"
    ada = run(db, add_customer, ("ada@example.com", "Ada Lovelace", "EC1A 1BB")).lastrowid
    alan = run(db, add_customer, ("alan@example.com", "Alan Turing", "M1 1AE")).lastrowid
    add_book = "INSERT INTO books (isbn, title, list_price) VALUES (?, ?, ?)"
    run(db, add_book, (TCPL, "The C Programming Language", 45.0))
    run(db, add_book, (CLRS, "Introduction to Algorithms", 95.0))
    authors = {}
    for name in ("Brian Kernighan", "Dennis Ritchie", "Thomas Cormen"):
        authors[name] = run(db, "INSERT INTO authors (name) VALUES (?)", (name,)).lastrowid
    add_authorship = "INSERT INTO book_authors (isbn, author_id) VALUES (?, ?)"
    run(db, add_authorship, (TCPL, authors["Brian Kernighan"]))
    run(db, add_authorship, (TCPL, authors["Dennis Ritchie"]))
    run(db, add_authorship, (CLRS, authors["Thomas Cormen"]))
    add_order = "INSERT INTO orders (order_id, ordered_at, customer_id) VALUES (?, ?, ?)"
    run(db, add_order, (1001, "2024-03-01", ada))
    run(db, add_order, (1002, "2024-03-02", alan))
    add_line = "INSERT INTO order_lines (order_id, isbn, quantity, unit_price) VALUES (?, ?, ?, ?)"
    run(db, add_line, (1001, TCPL, 1, 45.0))
    run(db, add_line, (1001, CLRS, 1, 89.0))
    run(db, add_line, (1002, TCPL, 2, 45.0))
    return {"ada": ada, "alan": alan, **authors}


def count(db, table, where="1", params=()):
    return db.execute(f"SELECT count(*) FROM {table} WHERE {where}", params).fetchone()[0]
