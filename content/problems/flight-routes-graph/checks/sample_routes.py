"""The route network and how the checks run your queries (shown to learners)."""

import sqlite3

import pytest
from winterarc_lab import sqlite

SCHEMA = """
CREATE TABLE airports (code TEXT PRIMARY KEY NOT NULL, city TEXT NOT NULL);
CREATE TABLE flights (
    origin      TEXT NOT NULL REFERENCES airports (code),
    destination TEXT NOT NULL REFERENCES airports (code),
    km          INTEGER NOT NULL CHECK (km > 0),
    PRIMARY KEY (origin, destination)
);
"""

AIRPORTS = {
    "LHR": "London", "AMS": "Amsterdam", "CDG": "Paris", "FRA": "Frankfurt", "MAD": "Madrid",
    "JFK": "New York", "BOS": "Boston", "ORD": "Chicago", "SFO": "San Francisco",
    "DXB": "Dubai", "DEL": "Delhi", "SIN": "Singapore", "SYD": "Sydney", "NRT": "Tokyo",
    "GRU": "Sao Paulo", "EZE": "Buenos Aires", "KEF": "Reykjavik", "LYR": "Longyearbyen",
    "HNL": "Honolulu",
}  # fmt: skip

# Both directions unless marked one-way: (a, b, km).
ROUTES = [
    ("LHR", "AMS", 370), ("LHR", "CDG", 350), ("LHR", "FRA", 650), ("LHR", "MAD", 1250),
    ("AMS", "CDG", 400), ("AMS", "FRA", 370), ("CDG", "FRA", 450), ("CDG", "MAD", 1050),
    ("LHR", "JFK", 5550), ("LHR", "BOS", 5250), ("AMS", "JFK", 5850), ("CDG", "JFK", 5830),
    ("FRA", "ORD", 6970), ("JFK", "BOS", 300), ("JFK", "ORD", 1190), ("JFK", "SFO", 4150),
    ("ORD", "SFO", 2960), ("BOS", "ORD", 1390), ("LHR", "DXB", 5500), ("FRA", "DXB", 4840),
    ("DXB", "DEL", 2200), ("DXB", "SIN", 5850), ("DXB", "SYD", 12040), ("LHR", "SIN", 10880),
    ("SIN", "SYD", 6290), ("DEL", "SIN", 4150), ("SIN", "NRT", 5320), ("SFO", "NRT", 8230),
    ("NRT", "SYD", 7820), ("MAD", "GRU", 8370), ("GRU", "EZE", 1670), ("MAD", "EZE", 10060),
    ("LHR", "KEF", 1890), ("KEF", "JFK", 4170), ("SFO", "SYD", 11940),
]  # fmt: skip
ONE_WAY = [("KEF", "LYR", 2100), ("LYR", "LHR", 3000), ("SFO", "HNL", 3860)]


def flights(routes=ROUTES, one_way=ONE_WAY):
    rows = [(a, b, km) for a, b, km in routes] + [(b, a, km) for a, b, km in routes]
    return sorted(rows + list(one_way))


def network(airports=AIRPORTS, rows=None):
    """An in-memory database with the network (default: the sample one)."""
    db = sqlite(SCHEMA)
    db.executemany("INSERT INTO airports VALUES (?, ?)", sorted(airports.items()))
    db.executemany("INSERT INTO flights VALUES (?, ?, ?)", rows or flights())
    return db


STEP = 100
BUDGET = 1_000_000  # virtual-machine steps per query


def run(lab, db, name, params):
    """Your query's rows, and the steps SQLite took (stopped beyond the budget)."""
    counted = [0]

    def progress():
        counted[0] += STEP
        return 1 if counted[0] > BUDGET else 0

    db.set_progress_handler(progress, STEP)
    try:
        rows = db.execute(lab.files[name], params).fetchall()
    except sqlite3.Error as error:
        if counted[0] > BUDGET:
            pytest.fail(
                f"{name} with {params} ran past {BUDGET:,} steps and was stopped. On a network "
                "with cycles, UNION ALL keeps walking in circles, and listing every path grows "
                "exponentially: let UNION drop the rows you have already seen, and bound the depth"
            )
        pytest.fail(f"{name} failed: {error}")
    finally:
        db.set_progress_handler(None, 0)
    return rows
