# Caught by test_wildcards_in_text_are_literal: the text is a parameter (no injection), but % and _
# in it are still LIKE wildcards: searching for "%" finds every book.
"""The catalogue search: optional filters, built into one parameterised query."""

import sqlite3

SORTABLE = {"title", "author", "price_cents", "published"}  # names written into the SQL
MAX_LIMIT = 100


def escape_like(text: str) -> str:
    """Make %, _ and the escape character itself match literally in LIKE ... ESCAPE '\\'."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def search_books(path: str, text: str | None = None, authors: list[str] | None = None,
                 min_price: int | None = None, max_price: int | None = None,
                 sort: str = "title", descending: bool = False,
                 limit: int = 20) -> list[list[object]]:  # fmt: skip
    if sort not in SORTABLE:
        raise ValueError(f"cannot sort by {sort!r}")
    if not isinstance(limit, int) or isinstance(limit, bool) or not 1 <= limit <= MAX_LIMIT:
        raise ValueError(f"limit must be 1 to {MAX_LIMIT}")
    conditions: list[str] = []
    params: list[object] = []
    if text is not None:
        conditions.append("title LIKE ?")
        params.append(f"%{text}%")
    if authors is not None:
        # One placeholder per value: the SQL text depends on how many, never on what.
        conditions.append(f"author IN ({', '.join('?' * len(authors))})" if authors else "0")
        params.extend(authors)
    if min_price is not None:
        conditions.append("price_cents >= ?")
        params.append(min_price)
    if max_price is not None:
        conditions.append("price_cents <= ?")
        params.append(max_price)
    sql = "SELECT id, title, author, price_cents FROM books"
    if conditions:
        sql += " WHERE " + " AND ".join(conditions)
    sql += f" ORDER BY {sort} {'DESC' if descending else 'ASC'}, id LIMIT ?"
    params.append(limit)
    db = sqlite3.connect(path)
    try:
        return [list(row) for row in db.execute(sql, params)]
    finally:
        db.close()
