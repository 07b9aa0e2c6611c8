"""Input validator (see docs/authoring.md): reads the test payload (an object with data_sql) on stdin,
builds the database from the schema (a copy of schema.sql: keep them in sync) and the data, and
exits 1 naming the first broken constraint of the statement."""

import json
import sqlite3
import sys

SCHEMA = """
CREATE TABLE customers (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    city TEXT
);
CREATE TABLE orders (
    id INTEGER PRIMARY KEY,
    customer_id INTEGER REFERENCES customers (id),  -- NULL for guest checkouts
    placed_at TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('paid', 'refunded', 'cancelled')),
    total_cents INTEGER NOT NULL
);
"""

# (query returning a row when the constraint is broken, the reason)
RULES = [
    ('SELECT COUNT(*) FROM customers HAVING COUNT(*) > 500',
     'more than 500 customers'),
    ('SELECT COUNT(*) FROM orders HAVING COUNT(*) > 1000',
     'more than 1000 orders'),
    ("SELECT id FROM orders WHERE total_cents NOT BETWEEN 0 AND 2000000000 OR typeof(total_cents) != 'integer'",
     'total_cents outside [0, 2*10^9] in order'),
]


def fail(message: str) -> None:
    sys.stderr.write(message + "\n")
    sys.exit(1)


try:
    payload = json.loads(sys.stdin.buffer.read())
except ValueError as error:
    fail(f"input is not JSON: {error}")
if not isinstance(payload, dict) or "data_sql" not in payload:
    fail('input must be an object with data_sql')
data = payload["data_sql"]
if data is not None and not isinstance(data, str):
    fail("data_sql must be a string or null")
db = sqlite3.connect(":memory:")
# Foreign keys stay off, as in the judge: orphan rows are legitimate test data.
try:
    db.executescript(SCHEMA)
    if data:
        db.executescript(data)
except sqlite3.Error as error:
    fail(f"the data does not load: {error}")
for query, reason in RULES:
    row = db.execute(query).fetchone()
    if row is not None and row != (None,) and row != (0,):
        fail(f"{reason}: {row}")
