# Complexity: O(n + q log n) time: one in-order walk collects the n values sorted, then two
# bisections per query; O(n) memory for the sorted values.
from bisect import bisect_left, bisect_right
from typing import Optional


class Solution:
    def floor_and_ceiling(self, root, queries):
        keys = []
        stack, node = [], root
        while stack or node:
            while node:
                stack.append(node)
                node = node.left
            node = stack.pop()
            keys.append(node.val)
            node = node.right
        out = []
        for q in queries:
            i = bisect_right(keys, q)
            j = bisect_left(keys, q)
            out.append([keys[i - 1] if i > 0 else None, keys[j] if j < len(keys) else None])
        return out
