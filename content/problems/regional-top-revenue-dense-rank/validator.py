"""Input validator (see docs/authoring.md): reads the test payload (an object with data_sql) on stdin,
builds the database from the schema (a copy of schema.sql: keep them in sync) and the data, and
exits 1 naming the first broken constraint of the statement."""

import json
import sqlite3
import sys

SCHEMA = """
CREATE TABLE products (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    region TEXT NOT NULL
);
CREATE TABLE sales (
    id INTEGER PRIMARY KEY,
    product_id INTEGER NOT NULL REFERENCES products (id),
    qty INTEGER NOT NULL,
    unit_price_cents INTEGER NOT NULL
);
"""

# (query returning a row when the constraint is broken, the reason)
RULES = [
    ('SELECT COUNT(*) FROM products HAVING COUNT(*) > 200',
     'more than 200 products'),
    ('SELECT COUNT(*) FROM sales HAVING COUNT(*) > 1000',
     'more than 1000 sales'),
    ("SELECT id FROM sales WHERE abs(qty) > 1000 OR typeof(qty) != 'integer'",
     '|qty| over 1000 in sale'),
    ("SELECT id FROM sales WHERE unit_price_cents NOT BETWEEN 0 AND 2000000000 OR typeof(unit_price_cents) != 'integer'",
     'unit_price_cents outside [0, 2*10^9] in sale'),
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
