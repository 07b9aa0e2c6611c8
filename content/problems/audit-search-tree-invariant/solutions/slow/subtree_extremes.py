# Correct but O(sum of depths): for every node, scans its whole left and right subtrees.
class Solution:
    def audit_ledger(self, root):
        def values(start):
            out, st = [], [start] if start else []
            while st:
                n = st.pop()
                out.append(n.val)
                if n.left:
                    st.append(n.left)
                if n.right:
                    st.append(n.right)
            return out

        stack = [root] if root else []
        while stack:
            n = stack.pop()
            lv = values(n.left)
            if lv and max(lv) >= n.val:
                return False
            rv = values(n.right)
            if rv and min(rv) < n.val:
                return False
            if n.left:
                stack.append(n.left)
            if n.right:
                stack.append(n.right)
        return True
