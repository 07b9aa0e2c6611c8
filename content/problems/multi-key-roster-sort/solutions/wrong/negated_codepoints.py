class Solution:
    def order_records(self, records, spec):
        def keyfunc(r):
            parts = []
            for key in spec:
                desc = key.startswith("-")
                field = key[1:] if desc else key
                if field not in r:
                    parts.append((1,))
                    continue
                v = r[field]
                if desc:
                    # Bug: negating each code point reverses character order but not the
                    # "prefix first" rule, so "ab" vs "a" still sorts "a" first.
                    v = -v if isinstance(v, int) else [-ord(c) for c in v]
                elif isinstance(v, str):
                    v = [ord(c) for c in v]
                parts.append((0, v))
            return parts

        return [r["id"] for r in sorted(records, key=keyfunc)]
