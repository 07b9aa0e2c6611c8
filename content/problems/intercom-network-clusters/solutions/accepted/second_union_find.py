# Complexity: O((n + w) * alpha(n)) time, w = len(wires): union by size with path compression;
# O(n) memory for the parent and size arrays.
class Solution:
    def clusters(self, n, wires):
        parent = list(range(n))
        size = [1] * n

        def find(x):
            root = x
            while parent[root] != root:
                root = parent[root]
            while parent[x] != root:
                parent[x], x = root, parent[x]
            return root

        count = n
        for a, b in wires:
            ra, rb = find(a), find(b)
            if ra != rb:
                if size[ra] < size[rb]:
                    ra, rb = rb, ra
                parent[rb] = ra
                size[ra] += size[rb]
                count -= 1
        return [count, max(size[find(v)] for v in range(n))]
