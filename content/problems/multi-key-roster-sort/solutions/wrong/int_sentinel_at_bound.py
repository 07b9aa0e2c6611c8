# Wrong: a missing integer becomes the sentinel 10**9 (ascending) or -10**9 (descending), "beyond
# every value" only by off-by-one: it ties with a real +-10**9 and keeps its input order among them.
class Solution:
    def order_records(self, records, spec):
        order = list(records)
        for key in reversed(spec):
            desc = key.startswith("-")
            field = key[1:] if desc else key
            kinds = {type(r[field]) for r in records if field in r}
            if kinds == {int}:
                sentinel = -(10**9) if desc else 10**9
                order.sort(key=lambda r: r.get(field, sentinel), reverse=desc)
            elif desc:
                order.sort(key=lambda r: (1, r[field]) if field in r else (0,), reverse=True)
            else:
                order.sort(key=lambda r: (0, r[field]) if field in r else (1,))
        return [r["id"] for r in order]
