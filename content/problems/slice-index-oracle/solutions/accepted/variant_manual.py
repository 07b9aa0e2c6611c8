# Complexity: O(q * n) time, q = len(queries): the clamping is O(1) per query, then the loop
# emits up to n indices; O(q * n) memory for the output.
class Solution:
    def slice_picks(self, n, queries):
        out = []
        for start, stop, step in queries:
            step = 1 if step is None else step
            if step > 0:
                lo, hi = 0, n  # valid clamp range for start/stop
            else:
                lo, hi = -1, n - 1

            def norm(v, default):
                if v is None:
                    return default
                if v < 0:
                    v += n
                return max(lo, min(hi, v))

            s = norm(start, lo if step > 0 else hi)
            e = norm(stop, hi if step > 0 else lo)
            picked = []
            i = s
            while (i < e) if step > 0 else (i > e):
                picked.append(i)
                i += step
            out.append(picked)
        return out
