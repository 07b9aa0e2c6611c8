"""Input validator (see docs/authoring.md): reads the test payload (an object with data_sql) on stdin,
builds the database from the schema (a copy of schema.sql: keep them in sync) and the data, and
exits 1 naming the first broken constraint of the statement."""

import json
import sqlite3
import sys

SCHEMA = """
CREATE TABLE orders (
    id INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL,
    status TEXT NOT NULL,
    placed_at TEXT NOT NULL,      -- UTC, 'YYYY-MM-DD HH:MM:SS' or 'YYYY-MM-DD HH:MM:SS.SSS'
    total_cents INTEGER NOT NULL
);
CREATE INDEX idx_orders_placed_at ON orders (placed_at);

CREATE TABLE report_window (
    starts_on TEXT NOT NULL,      -- 'YYYY-MM-DD', first day of the report (included)
    ends_on TEXT NOT NULL         -- 'YYYY-MM-DD', last day of the report (included)
);
"""

# (query returning a row when the constraint is broken, the reason)
RULES = [
    ('SELECT COUNT(*) FROM orders HAVING COUNT(*) > 20000',
     'more than 20000 orders'),
    ("SELECT id FROM orders WHERE total_cents NOT BETWEEN 0 AND 2000000000 OR typeof(total_cents) != 'integer'",
     'total_cents outside [0, 2*10^9] in order'),
    ("SELECT id, placed_at FROM orders WHERE NOT (placed_at GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9] [0-2][0-9]:[0-5][0-9]:[0-5][0-9]' OR placed_at GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9] [0-2][0-9]:[0-5][0-9]:[0-5][0-9].[0-9]' OR placed_at GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9] [0-2][0-9]:[0-5][0-9]:[0-5][0-9].[0-9][0-9]' OR placed_at GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9] [0-2][0-9]:[0-5][0-9]:[0-5][0-9].[0-9][0-9][0-9]') OR date(substr(placed_at, 1, 10), '+0 days') IS NOT substr(placed_at, 1, 10) OR time(substr(placed_at, 12, 8)) IS NOT substr(placed_at, 12, 8) OR substr(placed_at, 1, 4) NOT BETWEEN '2000' AND '2099'",
     'placed_at is not a valid timestamp of 2000..2099 in order'),
    ('SELECT COUNT(*) FROM report_window HAVING COUNT(*) != 1',
     'report_window must hold exactly one row, it holds'),
    ("SELECT starts_on, ends_on FROM report_window WHERE date(starts_on, '+0 days') IS NOT starts_on OR date(ends_on, '+0 days') IS NOT ends_on OR substr(starts_on, 1, 4) NOT BETWEEN '2000' AND '2099' OR substr(ends_on, 1, 4) NOT BETWEEN '2000' AND '2099'",
     'report_window dates are not valid dates of 2000..2099'),
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
