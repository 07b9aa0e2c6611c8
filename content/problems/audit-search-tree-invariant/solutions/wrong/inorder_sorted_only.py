# Bug: only checks that the in-order sequence is non-decreasing, so a repeat hidden in a
# left subtree is accepted.
class Solution:
    def audit_ledger(self, root):
        stack, node, prev = [], root, None
        while stack or node:
            while node:
                stack.append(node)
                node = node.left
            node = stack.pop()
            if prev is not None and node.val < prev:
                return False
            prev = node.val
            node = node.right
        return True
