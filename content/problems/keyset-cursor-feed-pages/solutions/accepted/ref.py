# Complexity: page O(log n + limit) time, n the items inserted so far: one bisection, then a
# slice; insert O(log n) comparisons plus an O(n) list shift (insort); O(n) memory.
import base64
import re
from bisect import bisect_left, insort
from typing import Optional

CURSOR_CHARS = re.compile(r"[A-Za-z0-9_-]+")
CURSOR_TEXT = re.compile(r"(0|[1-9][0-9]{0,12}):(0|[1-9][0-9]{0,12})")
MAX_VALUE = 10**12


def encode(created_at: int, item_id: int) -> str:
    return base64.urlsafe_b64encode(f"{created_at}:{item_id}".encode("ascii")).rstrip(b"=").decode("ascii")


def decode(cursor: str) -> Optional[tuple[int, int]]:
    if not CURSOR_CHARS.fullmatch(cursor) or len(cursor) % 4 == 1:
        return None
    try:
        text = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)).decode("ascii")
    except ValueError:
        return None
    match = CURSOR_TEXT.fullmatch(text)
    if match is None:
        return None
    key = int(match.group(1)), int(match.group(2))
    if max(key) > MAX_VALUE or encode(*key) != cursor:  # canonical form only
        return None
    return key


class FeedPager:
    def __init__(self) -> None:
        self.keys: list[tuple[int, int]] = []  # ascending; the feed reads it backwards

    def insert(self, created_at: int, item_id: int) -> None:
        insort(self.keys, (created_at, item_id))

    def page(self, cursor: Optional[str], limit: int) -> Optional[dict]:
        if cursor is None:
            end = len(self.keys)
        else:
            key = decode(cursor)
            if key is None:
                return None
            end = bisect_left(self.keys, key)  # keys[:end] are strictly older than the cursor
        start = max(0, end - limit)
        items = [list(k) for k in reversed(self.keys[start:end])]
        more = start > 0 and bool(items)
        return {"items": items, "next": encode(*self.keys[start]) if more else None}
