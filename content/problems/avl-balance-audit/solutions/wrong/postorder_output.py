# Bug: reports offenders in post-order (the order they are discovered), not by value.
class Solution:
    def lopsided_nodes(self, root):
        bad = []

        def height(node):
            if node is None:
                return 0
            hl = height(node.left)
            hr = height(node.right)
            if abs(hl - hr) > 1:
                bad.append([node.val, hl - hr])
            return 1 + max(hl, hr)

        height(root)
        return bad
