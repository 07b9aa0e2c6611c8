import sqlite3

import pytest
from sample_schema import ROWS, SCHEMA
from winterarc_lab import sqlite

# What each version of the app runs (parameters: ? placeholders).
OLD_INSERT = "INSERT INTO shipments (code, status, city) VALUES (?, ?, ?)"
OLD_UPDATE = "UPDATE shipments SET city = ? WHERE code = ?"
OLD_READ = "SELECT city FROM shipments WHERE code = ?"
NEW_INSERT = "INSERT INTO shipments (code, status, destination_city) VALUES (?, ?, ?)"
NEW_UPDATE = "UPDATE shipments SET destination_city = ? WHERE code = ?"
NEW_READ = "SELECT destination_city FROM shipments WHERE code = ?"


def migrated(lab, *files):
    """A database of version 1 with its data, then the given migration files in order."""
    database = sqlite(SCHEMA, ROWS)
    for name in files:
        try:
            database.executescript(lab.files[name])
        except sqlite3.Error as error:
            pytest.fail(f"{name} failed on the version 1 database: {error}")
    return database


def run(database, who, sql, *params):
    """Run one of the app's statements; a failure is the app's failure (a 500 for users)."""
    try:
        return database.execute(sql, params).fetchall()
    except sqlite3.Error as error:
        pytest.fail(f"{who} runs {sql!r} and gets: {error}")


def columns(database):
    return [row[1] for row in database.execute("PRAGMA table_info(shipments)")]
