# Complexity: O(k * n log n) time, n = len(records), k = len(spec): one stable sort per key,
# least significant first; O(n) extra memory.
class Solution:
    def order_records(self, records: list[dict], spec: list[str]) -> list[int]:
        order = list(records)
        # Python's sort is stable, so sorting by the least significant key first and the most
        # significant key last yields the combined order. reverse=True keeps stability too.
        for key in reversed(spec):
            desc = key.startswith("-")
            field = key[1:] if desc else key
            if desc:
                # present values have flag 1 so that, reversed, they come before the missing ones
                order.sort(key=lambda r: (1, r[field]) if field in r else (0,), reverse=True)
            else:
                order.sort(key=lambda r: (0, r[field]) if field in r else (1,))
        return [r["id"] for r in order]
