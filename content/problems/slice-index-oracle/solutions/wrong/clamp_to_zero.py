class Solution:
    def slice_picks(self, n, queries):
        out = []
        for start, stop, step in queries:
            step = 1 if step is None else step

            def norm(v, default):
                if v is None:
                    return default
                if v < 0:
                    v += n
                # Bug: always clamps into [0, n]. For a negative step a stop far before the
                # beginning should become -1 ("walk past seat 0"), not 0.
                return max(0, min(n, v))

            if step > 0:
                s, e = norm(start, 0), norm(stop, n)
            else:
                s = min(norm(start, n - 1), n - 1)
                e = norm(stop, -1) if stop is not None else -1
            out.append(list(range(s, e, step)))
        return out
