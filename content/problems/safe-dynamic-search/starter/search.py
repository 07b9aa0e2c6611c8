"""The catalogue search: optional filters, built into one query."""

import sqlite3


def search_books(path: str, text: str | None = None, authors: list[str] | None = None,
                 min_price: int | None = None, max_price: int | None = None,
                 sort: str = "title", descending: bool = False,
                 limit: int = 20) -> list[list[object]]:  # fmt: skip
    # TODO: the pen-testers got the admin's password hash out of this in ten minutes.
    sql = "SELECT id, title, author, price_cents FROM books WHERE 1 = 1"
    if text is not None:
        sql += f" AND title LIKE '%{text}%'"
    if authors is not None:
        sql += " AND author IN (" + ", ".join(f"'{author}'" for author in authors) + ")"
    if min_price is not None:
        sql += f" AND price_cents >= {min_price}"
    if max_price is not None:
        sql += f" AND price_cents <= {max_price}"
    sql += f" ORDER BY {sort} {'DESC' if descending else 'ASC'}, id LIMIT {limit}"
    db = sqlite3.connect(path)
    try:
        return [list(row) for row in db.execute(sql)]
    finally:
        db.close()
