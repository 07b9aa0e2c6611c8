# Caught by test_a_narrow_date_range_reads_a_few_pages: the matching rows are found in the day
# column, but then the whole amount_cents column is read to pick a week's values out of it.
"""The sales table on the (simulated) disk, stored column by column.

<table>.meta           JSON: the row count, and each column's encoding (and dictionary)
<table>.<column>       the column's values, one fixed-width entry per row:
                         whole numbers: 8-byte integers (array "q")
                         text:          a code per row (array "B", or "H" past 256 values) into
                                        the sorted dictionary of the column's distinct values
Fixed width means row i of a column is at offset i * width: a query reads the columns it
needs, and of the column it adds up, only the pages that hold matching rows.
"""

import json
from array import array

import disk

COLUMNS = ("day", "country", "product_id", "quantity", "amount_cents")


def load(table: str, rows: list[dict]) -> None:
    meta = {"rows": len(rows), "columns": {}}
    for column in COLUMNS:
        values = [row[column] for row in rows]
        if all(isinstance(value, int) for value in values):
            disk.write(f"{table}.{column}", array("q", values).tobytes())
            meta["columns"][column] = {"type": "q"}
        else:
            dictionary = sorted(set(values))
            code = {value: index for index, value in enumerate(dictionary)}
            kind = "B" if len(dictionary) <= 256 else "H"
            disk.write(f"{table}.{column}", array(kind, [code[v] for v in values]).tobytes())
            meta["columns"][column] = {"type": kind, "dictionary": dictionary}
    disk.write(f"{table}.meta", json.dumps(meta).encode())


def _meta(table: str) -> dict:
    return json.loads(disk.read(f"{table}.meta"))


def _spec(meta: dict, column: str) -> dict:
    if column not in meta["columns"]:
        raise ValueError(f"no column {column!r}")
    return meta["columns"][column]


def _column(table: str, meta: dict, column: str) -> array:
    """A whole column, as stored (codes for text)."""
    found = array(_spec(meta, column)["type"])
    found.frombytes(disk.read(f"{table}.{column}"))
    return found


def _test(spec: dict, wanted):
    """A function code -> bool for one condition (on codes, for dictionary columns)."""
    dictionary = spec.get("dictionary")
    if isinstance(wanted, dict):
        low, high = wanted["from"], wanted["to"]
        if dictionary is None:
            return lambda value: low <= value <= high
        codes = {i for i, value in enumerate(dictionary) if low <= value <= high}
        return codes.__contains__
    if dictionary is None:
        return wanted.__eq__
    code = dictionary.index(wanted) if wanted in dictionary else -1
    return code.__eq__


def _matching(table: str, meta: dict, where: dict | None) -> list[int] | None:
    """The positions of the matching rows (None: every row)."""
    positions = None
    for column, wanted in (where or {}).items():
        test = _test(_spec(meta, column), wanted)
        values = _column(table, meta, column)
        candidates = range(meta["rows"]) if positions is None else positions
        positions = [i for i in candidates if test(values[i])]
    return positions


def _values_at(table: str, meta: dict, column: str, positions: list[int] | None) -> list:
    """The column's values at `positions`: read the column, then pick them out."""
    spec = _spec(meta, column)
    values = _column(table, meta, column)
    if positions is not None:
        values = [values[i] for i in positions]
    dictionary = spec.get("dictionary")
    return list(values) if dictionary is None else [dictionary[code] for code in values]

def count(table: str, where: dict | None = None) -> int:
    meta = _meta(table)
    positions = _matching(table, meta, where)
    return meta["rows"] if positions is None else len(positions)


def total(table: str, column: str, where: dict | None = None) -> int:
    meta = _meta(table)
    _spec(meta, column)
    return sum(_values_at(table, meta, column, _matching(table, meta, where)))


def totals_by(table: str, group: str, column: str, where: dict | None = None) -> list:
    meta = _meta(table)
    positions = _matching(table, meta, where)
    keys = _values_at(table, meta, group, positions)
    values = _values_at(table, meta, column, positions)
    sums: dict = {}
    for key, value in zip(keys, values):
        sums[key] = sums.get(key, 0) + value
    return [[key, sums[key]] for key in sorted(sums)]
