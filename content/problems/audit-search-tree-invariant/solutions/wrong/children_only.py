# Bug: compares each node with its children only; misses violations against higher ancestors.
class Solution:
    def audit_ledger(self, root):
        stack = [root] if root else []
        while stack:
            n = stack.pop()
            if n.left:
                if n.left.val >= n.val:
                    return False
                stack.append(n.left)
            if n.right:
                if n.right.val < n.val:
                    return False
                stack.append(n.right)
        return True
