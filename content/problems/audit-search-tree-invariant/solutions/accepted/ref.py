# Complexity: O(n) time for n nodes: each node is checked once against the bounds inherited from
# its ancestors; O(h) extra memory for the stack, h the height of the tree.
from typing import Optional


class Solution:
    def audit_ledger(self, root: Optional["TreeNode"]) -> bool:
        # each stack entry: node, inclusive lower bound, exclusive upper bound (None = unbounded)
        stack = [(root, None, None)] if root else []
        while stack:
            node, low, high = stack.pop()
            v = node.val
            if (low is not None and v < low) or (high is not None and v >= high):
                return False
            if node.left:
                stack.append((node.left, low, v))
            if node.right:
                stack.append((node.right, v, high))
        return True
