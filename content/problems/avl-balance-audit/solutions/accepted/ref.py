# Complexity: O(n + b log b) time, b the number of lopsided nodes: one post-order pass computing
# heights, then sorting the b reported pairs; O(h) recursion depth, h the height, plus the output.
from typing import Optional


class Solution:
    def lopsided_nodes(self, root: Optional["TreeNode"]) -> list[list[int]]:
        bad = []

        def height(node) -> int:
            """Post-order: children first, then this node's factor."""
            if node is None:
                return 0
            hl = height(node.left)
            hr = height(node.right)
            if abs(hl - hr) > 1:
                bad.append([node.val, hl - hr])
            return 1 + max(hl, hr)

        height(root)
        bad.sort()  # values are distinct: sorting by value = in-order
        return bad
