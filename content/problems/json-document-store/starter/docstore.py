"""A small document store: JSON documents in SQLite."""

import json
import sqlite3


class Collection:
    def __init__(self, path: str, name: str) -> None:
        self.name = name
        self.db = sqlite3.connect(path, isolation_level=None)
        self.db.execute(f"CREATE TABLE IF NOT EXISTS {name} (id INTEGER PRIMARY KEY, doc TEXT)")

    def insert(self, doc: dict) -> int:
        cursor = self.db.execute(f"INSERT INTO {self.name} (doc) VALUES (?)", (json.dumps(doc),))
        return int(cursor.lastrowid)

    def get(self, doc_id: int) -> dict | None:
        row = self.db.execute(f"SELECT id, doc FROM {self.name} WHERE id = ?", (doc_id,)).fetchone()
        return None if row is None else {"_id": row[0], **json.loads(row[1])}

    def find(self, filter: dict | None = None, sort: str | None = None,
             limit: int | None = None) -> list[dict]:  # fmt: skip
        # TODO: let SQLite filter and sort (json_extract), so an index can help. This reads every
        # document into Python, and knows only top-level equality.
        found = [self.get(doc_id) for (doc_id,) in self.db.execute(f"SELECT id FROM {self.name}")]
        return [doc for doc in found if all(doc.get(k) == v for k, v in (filter or {}).items())]

    def explain(self, filter: dict | None = None, sort: str | None = None) -> list[str]:
        return []  # TODO: EXPLAIN QUERY PLAN of the query find() runs

    def update(self, doc_id: int, changes: dict) -> bool:
        raise NotImplementedError  # TODO

    def create_index(self, field: str) -> None:
        pass  # TODO
