# Complexity: O(k * n log n) time, n = len(records), k = len(spec): one sort with a comparator
# that checks up to k fields per comparison; O(n) extra memory.
from functools import cmp_to_key


class Solution:
    def order_records(self, records, spec):
        keys = [(k[1:], -1) if k.startswith("-") else (k, 1) for k in spec]

        def cmp(a, b):
            ra, rb = a[1], b[1]
            for field, sign in keys:
                ha, hb = field in ra, field in rb
                if ha != hb:
                    return -1 if ha else 1  # missing goes last whatever the direction
                if ha:
                    x, y = ra[field], rb[field]
                    if x != y:
                        return sign * (-1 if x < y else 1)
            return a[0] - b[0]  # input position: stability

        ranked = sorted(enumerate(records), key=cmp_to_key(cmp))
        return [r["id"] for _, r in ranked]
