"""Input validator (see docs/authoring.md): reads the test payload (an object with data_sql) on stdin,
builds the database from the schema (a copy of schema.sql: keep them in sync) and the data, and
exits 1 naming the first broken constraint of the statement."""

import json
import sqlite3
import sys

SCHEMA = """
CREATE TABLE wallet_entries (
    id INTEGER PRIMARY KEY,
    wallet_id INTEGER NOT NULL,
    posted_at TEXT NOT NULL,       -- 'YYYY-MM-DD HH:MM:SS'
    amount_cents INTEGER NOT NULL, -- positive: deposit, negative: payment
    memo TEXT
);
"""

# (query returning a row when the constraint is broken, the reason)
RULES = [
    ('SELECT COUNT(*) FROM wallet_entries HAVING COUNT(*) > 1000',
     'more than 1000 entries'),
    ("SELECT id FROM wallet_entries WHERE abs(amount_cents) > 2000000000 OR typeof(amount_cents) != 'integer'",
     '|amount_cents| over 2*10^9 in entry'),
    ("SELECT id, posted_at FROM wallet_entries WHERE NOT posted_at GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9] [0-2][0-9]:[0-5][0-9]:[0-5][0-9]' OR datetime(posted_at, '+0 days') IS NOT posted_at",
     "posted_at is not 'YYYY-MM-DD HH:MM:SS' in entry"),
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
