# Bug: compares subtree sizes (node counts) instead of heights.
class Solution:
    def lopsided_nodes(self, root):
        bad = []

        def size(node):
            if node is None:
                return 0
            sl = size(node.left)
            sr = size(node.right)
            if abs(sl - sr) > 1:
                bad.append([node.val, sl - sr])
            return 1 + sl + sr

        size(root)
        bad.sort()
        return bad
