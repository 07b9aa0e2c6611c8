"""The sales table on the (simulated) disk, for the analytics dashboard.

Today it is stored row by row: one JSON line per sale, in one file. Every query reads the whole
file, every column of every row, to add up one column.
"""

import json

import disk

COLUMNS = ("day", "country", "product_id", "quantity", "amount_cents")


def load(table: str, rows: list[dict]) -> None:
    # TODO: store each column on its own (and small), so a query reads only what it needs.
    disk.write(f"{table}.rows", "\n".join(json.dumps(row) for row in rows).encode())


def _rows(table: str) -> list[dict]:
    return [json.loads(line) for line in disk.read(f"{table}.rows").decode().splitlines()]


def _matches(row: dict, where: dict | None) -> bool:
    for column, wanted in (where or {}).items():
        value = row[column]
        if isinstance(wanted, dict):
            if not wanted["from"] <= value <= wanted["to"]:
                return False
        elif value != wanted:
            return False
    return True


def count(table: str, where: dict | None = None) -> int:
    return sum(1 for row in _rows(table) if _matches(row, where))


def total(table: str, column: str, where: dict | None = None) -> int:
    return sum(row[column] for row in _rows(table) if _matches(row, where))


def totals_by(table: str, group: str, column: str, where: dict | None = None) -> list:
    sums: dict = {}
    for row in _rows(table):
        if _matches(row, where):
            sums[row[group]] = sums.get(row[group], 0) + row[column]
    return [[key, sums[key]] for key in sorted(sums)]
