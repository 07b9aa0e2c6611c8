class Solution:
    def order_records(self, records, spec):
        order = list(records)
        for key in reversed(spec):
            desc = key.startswith("-")
            field = key[1:] if desc else key
            # Bug: a missing value is treated as the smallest value, so it sorts first for
            # ascending keys (and last only for descending ones).
            order.sort(key=lambda r: (1, r[field]) if field in r else (0,), reverse=desc)
        return [r["id"] for r in order]
