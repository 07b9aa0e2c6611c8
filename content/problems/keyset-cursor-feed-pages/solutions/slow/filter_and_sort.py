import base64
from typing import Optional


def enc(c, i):
    return base64.urlsafe_b64encode(f"{c}:{i}".encode()).rstrip(b"=").decode()


def dec(cursor):
    if not cursor or any(ch not in "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_" for ch in cursor):
        return None
    try:
        text = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)).decode("ascii")
        a, b = text.split(":")
        c, i = int(a), int(b)
    except ValueError:
        return None
    if c < 0 or i < 0 or c > 10**12 or i > 10**12 or enc(c, i) != cursor:
        return None
    return c, i


class FeedPager:
    """Filters and sorts the whole table for every page, like a query without an index."""

    def __init__(self) -> None:
        self.rows = []

    def insert(self, created_at: int, item_id: int) -> None:
        self.rows.append((created_at, item_id))

    def page(self, cursor: Optional[str], limit: int) -> Optional[dict]:
        if cursor is None:
            rest = sorted(self.rows, reverse=True)
        else:
            key = dec(cursor)
            if key is None:
                return None
            rest = sorted((r for r in self.rows if r < key), reverse=True)
        items = rest[:limit]
        nxt = enc(*items[-1]) if items and len(rest) > limit else None
        return {"items": [list(r) for r in items], "next": nxt}
