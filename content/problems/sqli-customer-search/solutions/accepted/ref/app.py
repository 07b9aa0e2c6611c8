"""Helpdesk customer search: an agent finds the customers of their own team."""

import sqlite3
import threading
from typing import Literal

from fastapi import FastAPI, Header, HTTPException

app = FastAPI()

db = sqlite3.connect(":memory:", check_same_thread=False)
db.row_factory = sqlite3.Row
db_lock = threading.Lock()

db.executescript(
    """
    CREATE TABLE agents (name TEXT PRIMARY KEY, team TEXT NOT NULL, api_key TEXT NOT NULL);
    CREATE TABLE customers (
        id INTEGER PRIMARY KEY, team TEXT NOT NULL, name TEXT NOT NULL,
        city TEXT NOT NULL, email TEXT NOT NULL
    );
    INSERT INTO agents VALUES
        ('alice', 'north', 'key-alice-7f3a9c'),
        ('bob', 'south', 'key-bob-2d8e41'),
        ('root', 'admin', 'key-root-c0ffee99');
    INSERT INTO customers (team, name, city, email) VALUES
        ('north', 'Nora Lind', 'Tromso', 'nora@lind.example'),
        ('north', 'Noah Berg', 'Alta', 'noah@berg.example'),
        ('north', 'Sean O''Brien', 'Bergen', 'sean@obrien.example'),
        ('north', 'Nils Dahl', 'Oslo', 'nils@dahl.example'),
        ('south', 'Sofia Rossi', 'Rome', 'sofia@rossi.example'),
        ('south', 'Nina Russo', 'Milan', 'nina@russo.example'),
        ('south', 'Marco Bianchi', 'Naples', 'marco@bianchi.example');
    """
)

# Column names cannot be bound parameters: they come from this allow-list, never from the
# request. The keys are what a client may send; the values are the SQL we write ourselves.
SORT_COLUMNS = {"name": "name", "city": "city", "id": "id"}
ORDERS = {"asc": "ASC", "desc": "DESC"}


def current_team(api_key: str | None) -> str:
    with db_lock:
        row = db.execute("SELECT team FROM agents WHERE api_key = ?", (api_key,)).fetchone()
    if row is None:
        raise HTTPException(status_code=401, detail="unknown agent key")
    return str(row["team"])


@app.get("/customers/search")
def search(
    name: str = "",
    sort: Literal["name", "city", "id"] = "name",
    order: Literal["asc", "desc"] = "asc",
    x_agent_key: str | None = Header(default=None),
) -> dict[str, object]:
    team = current_team(x_agent_key)
    # The values travel as bound parameters: the database never parses them as SQL.
    query = (
        "SELECT id, name, city, email FROM customers "
        "WHERE name LIKE ? AND team = ? "
        f"ORDER BY {SORT_COLUMNS[sort]} {ORDERS[order]}"
    )
    with db_lock:
        rows = db.execute(query, (name + "%", team)).fetchall()
    return {"customers": [dict(row) for row in rows]}
