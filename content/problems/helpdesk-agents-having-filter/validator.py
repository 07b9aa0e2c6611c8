"""Input validator (see docs/authoring.md): reads the test payload (an object with data_sql) on stdin,
builds the database from the schema (a copy of schema.sql: keep them in sync) and the data, and
exits 1 naming the first broken constraint of the statement."""

import json
import sqlite3
import sys

SCHEMA = """
CREATE TABLE agents (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    team TEXT NOT NULL
);
CREATE TABLE tickets (
    id INTEGER PRIMARY KEY,
    agent_id INTEGER REFERENCES agents (id),  -- NULL while unassigned
    priority TEXT NOT NULL CHECK (priority IN ('low', 'normal', 'high', 'urgent')),
    opened_at TEXT NOT NULL,
    resolved_at TEXT                          -- NULL while the ticket is open
);
"""

# (query returning a row when the constraint is broken, the reason)
RULES = [
    ('SELECT COUNT(*) FROM agents HAVING COUNT(*) > 100',
     'more than 100 agents'),
    ('SELECT COUNT(*) FROM tickets HAVING COUNT(*) > 1000',
     'more than 1000 tickets'),
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
