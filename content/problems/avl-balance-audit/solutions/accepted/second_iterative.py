# Complexity: O(n + b log b) time, b the number of lopsided nodes: one iterative post-order pass,
# then sorting the b reported pairs; O(n) memory for the dictionary of heights of every node.
class Solution:
    def lopsided_nodes(self, root):
        h = {None: 0}
        bad = []
        stack = [(root, False)] if root else []
        while stack:
            node, done = stack.pop()
            if done:
                hl, hr = h[node.left], h[node.right]
                h[node] = 1 + max(hl, hr)
                if abs(hl - hr) > 1:
                    bad.append([node.val, hl - hr])
            else:
                stack.append((node, True))
                if node.right:
                    stack.append((node.right, False))
                if node.left:
                    stack.append((node.left, False))
        bad.sort()
        return bad
