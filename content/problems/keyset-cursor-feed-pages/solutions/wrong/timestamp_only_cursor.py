import base64
import re
from bisect import bisect_left, insort
from typing import Optional

# Continues after the cursor's created_at only: items sharing that timestamp with a smaller
# id are skipped forever.


def enc(c, i):
    return base64.urlsafe_b64encode(f"{c}:{i}".encode()).rstrip(b"=").decode()


def dec(cursor):
    if not re.fullmatch(r"[A-Za-z0-9_-]+", cursor) or len(cursor) % 4 == 1:
        return None
    try:
        text = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)).decode("ascii")
    except ValueError:
        return None
    m = re.fullmatch(r"(0|[1-9][0-9]{0,12}):(0|[1-9][0-9]{0,12})", text)
    if not m:
        return None
    c, i = int(m.group(1)), int(m.group(2))
    if c > 10**12 or i > 10**12 or enc(c, i) != cursor:
        return None
    return c, i


class FeedPager:
    def __init__(self) -> None:
        self.keys = []

    def insert(self, created_at: int, item_id: int) -> None:
        insort(self.keys, (created_at, item_id))

    def page(self, cursor: Optional[str], limit: int) -> Optional[dict]:
        if cursor is None:
            end = len(self.keys)
        else:
            key = dec(cursor)
            if key is None:
                return None
            end = bisect_left(self.keys, (key[0], -1))
        start = max(0, end - limit)
        items = [list(k) for k in reversed(self.keys[start:end])]
        return {"items": items, "next": enc(*self.keys[start]) if start > 0 and items else None}
