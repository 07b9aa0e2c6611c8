# Complexity: O(n) time for n nodes: one iterative in-order walk comparing each value with the
# previous one; O(h) extra memory for the stack, h the height of the tree.
class Solution:
    def audit_ledger(self, root):
        # In-order must be non-decreasing, and strictly increasing into any node with a left child.
        stack, node, prev = [], root, None
        while stack or node:
            while node:
                stack.append(node)
                node = node.left
            node = stack.pop()
            if prev is not None:
                if node.val < prev or (node.left is not None and node.val == prev):
                    return False
            prev = node.val
            node = node.right
        return True
