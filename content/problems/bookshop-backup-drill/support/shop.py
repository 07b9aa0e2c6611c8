"""The bookshop's live database and its traffic (given, read-only).

The shop runs SQLite in WAL mode: a commit is appended to `<db>-wal`, and the main file is
only brought up to date by a checkpoint, which the shop runs at night. So at any moment the
newest orders may exist only in the WAL file. The app server keeps its connection open.

The checks call these functions (through your process) to set up a drill; `consistent` is the
shop's own rule, for your `verify`.
"""

import os
import sqlite3
import tempfile
import threading
import time

SCHEMA = """
CREATE TABLE books (
    isbn  TEXT PRIMARY KEY NOT NULL,
    title TEXT NOT NULL,
    stock INTEGER NOT NULL
);
CREATE TABLE orders (
    order_id       INTEGER PRIMARY KEY,
    ordered_at     TEXT NOT NULL,
    customer_email TEXT NOT NULL
);
CREATE TABLE order_lines (
    order_id INTEGER NOT NULL REFERENCES orders (order_id) ON DELETE CASCADE,
    isbn     TEXT NOT NULL REFERENCES books (isbn),
    quantity INTEGER NOT NULL,
    PRIMARY KEY (order_id, isbn)
);
"""
BOOKS = [("978000000%04d" % number, f"Book {number}") for number in range(12)]
INITIAL_STOCK = 100_000  # every book's stock + the quantities on its order lines


def consistent(connection):
    """The shop's invariant: for every book, stock + quantities ordered == INITIAL_STOCK."""
    wrong = connection.execute(
        "SELECT count(*) FROM books AS b WHERE b.stock + coalesce("
        "(SELECT sum(quantity) FROM order_lines AS l WHERE l.isbn = b.isbn), 0) <> ?",
        (INITIAL_STOCK,),
    ).fetchone()[0]
    return wrong == 0


# -- the live shop ---------------------------------------------------------------------------

_app = {}  # path -> the app server's connection, kept open as a server keeps it
_writers = {}  # path -> (thread, stop event, counter)


def workdir():
    """A fresh folder for one drill."""
    return tempfile.mkdtemp(prefix="drill-")


def _connect(path):
    connection = sqlite3.connect(path, isolation_level=None, check_same_thread=False, timeout=10)
    connection.execute("PRAGMA foreign_keys = ON")
    connection.execute("PRAGMA synchronous = NORMAL")  # WAL's usual setting
    return connection


def place_order(connection, number, *, transaction=True):
    """One order of one to three books, and the stock it takes: one transaction."""
    if transaction:
        connection.execute("BEGIN IMMEDIATE")
    try:
        order_id = connection.execute(
            "INSERT INTO orders (ordered_at, customer_email) VALUES (?, ?)",
            (f"2024-{1 + number % 12:02d}-{1 + number % 28:02d}", f"c{number % 97}@example.com"),
        ).lastrowid
        for offset in range(1 + number % 3):
            isbn = BOOKS[(number * 5 + offset * 7) % len(BOOKS)][0]
            quantity = 1 + (number + offset) % 4
            connection.execute(
                "INSERT INTO order_lines (order_id, isbn, quantity) VALUES (?, ?, ?)",
                (order_id, isbn, quantity),
            )
            connection.execute(
                "UPDATE books SET stock = stock - ? WHERE isbn = ?", (quantity, isbn)
            )
        if transaction:
            connection.execute("COMMIT")
    except BaseException:
        if transaction:
            connection.execute("ROLLBACK")
        raise


def create(path, orders=200):
    """The live shop at `path` (WAL mode, no automatic checkpoint) with `orders` orders."""
    connection = _connect(path)
    connection.execute("PRAGMA journal_mode = WAL")
    connection.execute("PRAGMA wal_autocheckpoint = 0")  # checkpoints run at night
    connection.executescript(SCHEMA)
    connection.execute("BEGIN")  # the shop's history, loaded in one transaction
    connection.executemany(
        "INSERT INTO books (isbn, title, stock) VALUES (?, ?, ?)",
        [(isbn, title, INITIAL_STOCK) for isbn, title in BOOKS],
    )
    for number in range(orders):
        place_order(connection, number, transaction=False)
    connection.execute("COMMIT")
    _app[path] = connection
    return orders


def add_orders(path, count):
    """`count` more orders through the app server's connection."""
    connection = _app[path]
    start = connection.execute("SELECT count(*) FROM orders").fetchone()[0]
    for number in range(start, start + count):
        place_order(connection, number)


def committed(path):
    """How many orders are committed in the live shop (the app server's view)."""
    return _app[path].execute("SELECT count(*) FROM orders").fetchone()[0]


def start_traffic(path):
    """Customers keep ordering, from another connection, until stop_traffic."""
    stop = threading.Event()
    counter = [0]

    def run():
        connection = _connect(path)
        number = 10_000
        while not stop.is_set():
            place_order(connection, number)
            number += 1
            counter[0] += 1
            time.sleep(0.001)  # pacing: a busy shop, not a flood
        connection.close()

    thread = threading.Thread(target=run, daemon=True)
    _writers[path] = (thread, stop, counter)
    thread.start()
    deadline = time.monotonic() + 5
    while counter[0] < 3 and time.monotonic() < deadline:  # traffic is flowing
        time.sleep(0.001)


def stop_traffic(path):
    thread, stop, counter = _writers.pop(path)
    stop.set()
    thread.join()
    return counter[0]


# -- inspecting and damaging files (for the checks) ------------------------------------------


def summary(path):
    """What a database file holds, read with a fresh connection: its orders, its integrity,
    its foreign keys and the shop's invariant; {"error": ...} when it cannot be read."""
    try:
        connection = sqlite3.connect(path, isolation_level=None)
        try:
            return {
                "orders": connection.execute("SELECT count(*) FROM orders").fetchone()[0],
                "lines": connection.execute("SELECT count(*) FROM order_lines").fetchone()[0],
                "integrity": connection.execute("PRAGMA integrity_check").fetchone()[0],
                "orphans": len(connection.execute("PRAGMA foreign_key_check").fetchall()),
                "consistent": consistent(connection),
            }
        finally:
            connection.close()
    except sqlite3.DatabaseError as error:
        return {"error": str(error)}


def app_view(path):
    """How many orders the app server's own (long-open) connection sees."""
    return committed(path)


def corrupt(path):
    """Scribble over the middle of every page but the first, as a failing disk would."""
    size = os.path.getsize(path)
    with open(path, "r+b") as handle:
        handle.seek(16)
        page = int.from_bytes(handle.read(2), "big")
        page = 65536 if page == 1 else page
        for start in range(page, size, page):
            handle.seek(start + page // 4)
            handle.write(b"\x5a" * (page // 2))


def truncate(path):
    """Cut the file in half, as a copy to a full disk would."""
    with open(path, "r+b") as handle:
        handle.truncate(os.path.getsize(path) // 2)


def not_a_database(path):
    with open(path, "w") as handle:
        handle.write("this is the nightly report, not a database\n" * 100)


def break_rules(path, how):
    """A readable, intact file that breaks the shop's rules: "orphans" (order lines whose
    order is gone) or "stock" (a stock that does not match the orders)."""
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        if how == "orphans":
            connection.execute("PRAGMA foreign_keys = OFF")
            connection.execute("DELETE FROM orders WHERE order_id = 7")
        else:
            connection.execute("UPDATE books SET stock = stock + 5 WHERE rowid = 3")
    finally:
        connection.close()
