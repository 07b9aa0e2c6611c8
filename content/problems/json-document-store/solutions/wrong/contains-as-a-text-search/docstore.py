# Caught by test_find_in_arrays: $contains searches the array's JSON text, so "sql" also matches
# the tag "nosql" (and a tag could match across two elements).
"""A small document store: JSON documents in SQLite, queried with its JSON functions."""

import json
import re
import sqlite3

FIELD = re.compile(r"[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*")
OPERATORS = {"$gt": ">", "$gte": ">=", "$lt": "<", "$lte": "<="}


def json_path(field: str) -> str:
    """'specs.ram_gb' -> '$.specs.ram_gb', for names only: it is written into the SQL text."""
    if not isinstance(field, str) or not FIELD.fullmatch(field):
        raise ValueError(f"not a field name: {field!r}")
    return "$." + field


def extract(field: str) -> str:
    # A literal path, so the expression is the same text as the one an index was built on.
    return f"json_extract(doc, '{json_path(field)}')"


class Collection:
    def __init__(self, path: str, name: str) -> None:
        if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", name):
            raise ValueError(f"not a collection name: {name!r}")
        self.name = name
        self.db = sqlite3.connect(path, isolation_level=None)
        self.db.execute(
            f"CREATE TABLE IF NOT EXISTS {name} ("
            "id INTEGER PRIMARY KEY, doc TEXT NOT NULL CHECK (json_valid(doc)))"
        )

    def insert(self, doc: dict) -> int:
        cursor = self.db.execute(f"INSERT INTO {self.name} (doc) VALUES (?)", (json.dumps(doc),))
        return int(cursor.lastrowid)

    def get(self, doc_id: int) -> dict | None:
        row = self.db.execute(f"SELECT id, doc FROM {self.name} WHERE id = ?", (doc_id,)).fetchone()
        return None if row is None else self._document(row)

    def find(self, filter: dict | None = None, sort: str | None = None,
             limit: int | None = None) -> list[dict]:  # fmt: skip
        sql, params = self._query(filter or {}, sort, limit)
        return [self._document(row) for row in self.db.execute(sql, params)]

    def explain(self, filter: dict | None = None, sort: str | None = None) -> list[str]:
        sql, params = self._query(filter or {}, sort, None)
        return [row[3] for row in self.db.execute("EXPLAIN QUERY PLAN " + sql, params)]

    def update(self, doc_id: int, changes: dict) -> bool:
        if not changes:
            return self.get(doc_id) is not None
        setters, params = [], []
        for field, value in changes.items():
            setters.append(f"'{json_path(field)}', json(?)")
            params.append(json.dumps(value))
        cursor = self.db.execute(
            f"UPDATE {self.name} SET doc = json_set(doc, {', '.join(setters)}) WHERE id = ?",
            (*params, doc_id),
        )
        return cursor.rowcount == 1

    def create_index(self, field: str) -> None:
        index = f"{self.name}_by_{field.replace('.', '_')}"
        self.db.execute(f"CREATE INDEX IF NOT EXISTS {index} ON {self.name} ({extract(field)})")

    def _query(self, filter: dict, sort: str | None, limit: int | None) -> tuple[str, list]:
        conditions, params = [], []
        for field, wanted in filter.items():
            column = extract(field)
            if isinstance(wanted, dict):
                for operator, value in wanted.items():
                    if operator in OPERATORS:
                        conditions.append(f"{column} {OPERATORS[operator]} ?")
                        params.append(value)
                    elif operator == "$in":
                        conditions.append(f"{column} IN ({', '.join('?' * len(value))})")
                        params.extend(value)
                    elif operator == "$contains":
                        conditions.append(f"{column} LIKE ?")
                        params.append(f"%{value}%")
                    else:
                        raise ValueError(f"unknown operator {operator!r}")
            else:
                conditions.append(f"{column} = ?")
                params.append(wanted)
        sql = f"SELECT id, doc FROM {self.name}"
        if conditions:
            sql += " WHERE " + " AND ".join(conditions)
        if sort:
            descending = sort.startswith("-")
            sql += f" ORDER BY {extract(sort.lstrip('-'))} {'DESC' if descending else 'ASC'}, id"
        else:
            sql += " ORDER BY id"
        if limit is not None:
            sql += " LIMIT ?"
            params.append(int(limit))
        return sql, params

    @staticmethod
    def _document(row: tuple) -> dict:
        return {"_id": row[0], **json.loads(row[1])}
