import base64
from bisect import bisect_left, insort
from typing import Optional

# Decodes whatever it is given: padded, non-canonical or signed cursors are accepted, and a
# cursor that is not base64 at all crashes the handler.


def enc(c, i):
    return base64.urlsafe_b64encode(f"{c}:{i}".encode()).rstrip(b"=").decode()


class FeedPager:
    def __init__(self) -> None:
        self.keys = []

    def insert(self, created_at: int, item_id: int) -> None:
        insort(self.keys, (created_at, item_id))

    def page(self, cursor: Optional[str], limit: int) -> Optional[dict]:
        if cursor is None:
            end = len(self.keys)
        else:
            try:
                text = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)).decode()
                a, b = text.split(":")
                key = (int(a), int(b))
            except ValueError:
                return None
            end = bisect_left(self.keys, key)
        start = max(0, end - limit)
        items = [list(k) for k in reversed(self.keys[start:end])]
        return {"items": items, "next": enc(*self.keys[start]) if start > 0 and items else None}
