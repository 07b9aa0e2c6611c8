"""Input validator (see docs/authoring.md): reads the test payload (an object with data_sql) on stdin,
builds the database from the schema (a copy of schema.sql: keep them in sync) and the data, and
exits 1 naming the first broken constraint of the statement."""

import json
import sqlite3
import sys

SCHEMA = """
CREATE TABLE enrollment_sheet (
    student_id INTEGER NOT NULL,
    student_name TEXT NOT NULL,
    course_code TEXT NOT NULL,
    course_title TEXT NOT NULL,
    credits INTEGER NOT NULL,
    section_no INTEGER,      -- NULL while the student is on the waiting list
    instructor TEXT,         -- NULL when unknown yet ("TBA") or when waitlisted
    room TEXT,               -- NULL when unknown yet or when waitlisted
    grade TEXT,              -- NULL until graded
    PRIMARY KEY (student_id, course_code)
);
"""

# (query returning a row when the constraint is broken, the reason)
RULES = [
    ('SELECT COUNT(*) FROM enrollment_sheet HAVING COUNT(*) > 1000',
     'more than 1000 rows'),
    ('SELECT student_id FROM enrollment_sheet GROUP BY student_id HAVING COUNT(DISTINCT student_name) > 1',
     'student_id -> student_name broken for'),
    ('SELECT course_code FROM enrollment_sheet GROUP BY course_code HAVING COUNT(DISTINCT course_title) > 1 OR COUNT(DISTINCT credits) > 1',
     'course_code -> course_title, credits broken for'),
    ('SELECT course_code, section_no FROM enrollment_sheet WHERE section_no IS NOT NULL GROUP BY course_code, section_no HAVING COUNT(DISTINCT COALESCE(instructor, char(0))) > 1 OR COUNT(DISTINCT COALESCE(room, char(0))) > 1',
     '(course_code, section_no) -> instructor, room broken for'),
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
