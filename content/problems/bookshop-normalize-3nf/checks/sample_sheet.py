"""The bookshop's spreadsheet, and how the checks read your schema (shown to learners).

The checks load `sales_sheet` into an in-memory SQLite database, run your schema.sql and then
your migrate.sql with foreign keys switched on, and look at what you built.
"""

import sqlite3

import pytest
from winterarc_lab import sqlite

SHEET_COLUMNS = (
    "order_id", "ordered_at", "customer_email", "customer_name", "postcode", "city",
    "isbn", "title", "list_price", "quantity", "unit_price",
)  # fmt: skip

SHEET_DDL = """
CREATE TABLE sales_sheet (
    order_id INTEGER, ordered_at TEXT, customer_email TEXT, customer_name TEXT,
    postcode TEXT, city TEXT, isbn TEXT, title TEXT, list_price REAL,
    quantity INTEGER, unit_price REAL
);
"""

# The functional dependencies of the sheet (left side -> what it determines).
FDS = (
    (("order_id", "isbn"), ("quantity", "unit_price")),
    (("order_id",), ("ordered_at", "customer_email")),
    (("customer_email",), ("customer_name", "postcode")),
    (("postcode",), ("city",)),
    (("isbn",), ("title", "list_price")),
)

TCPL = ("9780131103627", "The C Programming Language", 45.0)
CLRS = ("9780262033848", "Introduction to Algorithms", 95.0)
GOF = ("9780201633610", "Design Patterns", 50.0)
DDIA = ("9781449373320", "Designing Data-Intensive Applications", 40.0)
ADA = ("ada@example.com", "Ada Lovelace", "EC1A 1BB", "London")
ALAN = ("alan@example.com", "Alan Turing", "M1 1AE", "Manchester")
GRACE = ("grace@example.com", "Grace Hopper", "EC1A 1BB", "London")


def line(order_id, ordered_at, customer, book, quantity, unit_price):
    return (order_id, ordered_at, *customer, *book, quantity, unit_price)


SAMPLE_ROWS = [
    line(1001, "2024-03-01", ADA, TCPL, 1, 45.0),
    line(1001, "2024-03-01", ADA, CLRS, 1, 95.0),
    line(1002, "2024-03-02", ALAN, GOF, 2, 50.0),
    line(1003, "2024-03-05", ADA, GOF, 1, 50.0),
    line(1004, "2024-03-07", GRACE, TCPL, 3, 45.0),
    line(1004, "2024-03-07", GRACE, DDIA, 1, 40.0),
]


def build(lab, rows, *, migrate=True):
    """sales_sheet with `rows`, then schema.sql (and migrate.sql), foreign keys on."""
    db = sqlite("PRAGMA foreign_keys = ON;", SHEET_DDL)
    db.executemany(f"INSERT INTO sales_sheet VALUES ({', '.join('?' * 11)})", rows)
    scripts = ["schema.sql", "migrate.sql"] if migrate else ["schema.sql"]
    for name in scripts:
        try:
            db.executescript(lab.files[name])
        except sqlite3.Error as error:
            pytest.fail(f"{name} failed: {error}")
    return db


def tables(db):
    """Your tables (not sales_sheet): name -> columns, primary key, unique keys, foreign keys."""
    found = {}
    names = db.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "AND name <> 'sales_sheet' ORDER BY name"
    ).fetchall()
    for (name,) in names:
        info = db.execute("SELECT name, pk FROM pragma_table_info(?)", (name,)).fetchall()
        columns = [column for column, _ in info]
        pk = frozenset(column for column, position in info if position)
        keys = {pk} if pk else set()
        for index in db.execute("SELECT name, [unique] FROM pragma_index_list(?)", (name,)):
            if index[1]:
                cols = db.execute("SELECT name FROM pragma_index_info(?)", (index[0],))
                keys.add(frozenset(column for (column,) in cols))
        fks = {}
        for row in db.execute(
            'SELECT id, "table", "from", "to" FROM pragma_foreign_key_list(?)', (name,)
        ):
            fks.setdefault(row[0], [row[1], []])[1].append(row[2])
        found[name] = {
            "columns": columns,
            "pk": pk,
            "keys": keys,
            "fks": [(target, frozenset(cols)) for target, cols in fks.values()],
        }
    return found


def closure(attributes):
    """Every sheet column that `attributes` determine, through the FDs."""
    result = set(attributes)
    changed = True
    while changed:
        changed = False
        for left, right in FDS:
            if set(left) <= result and not set(right) <= result:
                result |= set(right)
                changed = True
    return result


def violations(table):
    """Dependencies inside one table whose left side is not a key: (left, column, kind), kind
    "partial" (the left side is part of the table's key: 2NF) or "transitive" (3NF)."""
    columns = set(table["columns"])
    keys = table["keys"]
    prime = set().union(*keys) if keys else set()
    found = []
    lefts = {frozenset(left) for left, _ in FDS} | {frozenset([c]) for c in columns}
    for left in sorted(lefts, key=sorted):
        if not left <= columns or any(key <= left for key in keys):
            continue
        for column in sorted((closure(left) & columns) - left - prime):
            kind = "partial" if any(left < key for key in keys) else "transitive"
            found.append((sorted(left), column, kind))
    return found


def rebuild(db, names):
    """The sheet again, as a NATURAL JOIN of your tables (joined so each shares columns)."""
    info = {name: set(tables(db)[name]["columns"]) for name in names}
    order = [max(names, key=lambda name: (len(info[name]), name))]
    joined = set(info[order[0]])
    rest = [name for name in names if name not in order]
    while rest:
        rest.sort(key=lambda name: (-len(info[name] & joined), name))
        order.append(rest.pop(0))
        joined |= info[order[-1]]
    sql = f"SELECT {', '.join(SHEET_COLUMNS)} FROM " + " NATURAL JOIN ".join(
        f'"{name}"' for name in order
    )
    return sorted(db.execute(sql).fetchall())


def expected(rows):
    return sorted(tuple(row) for row in rows)
