# Bug: a Fenwick tree indexed by the raw score (shifted by 1). Scores below 0 get an index
# <= 0, so they are silently never stored nor counted.
class Solution:
    def count_inversions(self, scores):
        if not scores:
            return 0
        size = max(scores) + 2
        if size > 2 * 10**6:  # "big values are rare": fall back to sorting-based ranks
            ranks = {v: i + 1 for i, v in enumerate(sorted(set(scores)))}
            idx = [ranks[v] for v in scores]
            size = len(ranks) + 1
        else:
            idx = [v + 1 for v in scores]
        tree = [0] * (size + 1)
        inv = 0
        for seen, r in enumerate(idx):
            s, i = 0, r
            while i > 0:
                s += tree[i]
                i -= i & -i
            inv += seen - s
            i = r
            while 0 < i <= size:
                tree[i] += 1
                i += i & -i
        return inv
