# Complexity: O(n log n) time, n = len(scores): compress the values by sorting, then one Fenwick
# query and one update per score; O(n) memory for the ranks and the tree.
class Solution:
    def count_inversions(self, scores):
        ranks = {v: i + 1 for i, v in enumerate(sorted(set(scores)))}
        m = len(ranks)
        tree = [0] * (m + 1)
        inv = 0
        for seen, v in enumerate(scores):
            r = ranks[v]
            # earlier scores <= v
            s, i = 0, r
            while i > 0:
                s += tree[i]
                i -= i & -i
            inv += seen - s
            i = r
            while i <= m:
                tree[i] += 1
                i += i & -i
        return inv
