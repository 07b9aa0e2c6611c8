# Correct but O(n) per query: visits every node for every query.
class Solution:
    def floor_and_ceiling(self, root, queries):
        nodes = []
        stack = [root] if root else []
        while stack:
            n = stack.pop()
            nodes.append(n.val)
            if n.left:
                stack.append(n.left)
            if n.right:
                stack.append(n.right)
        out = []
        for q in queries:
            floor = ceil = None
            for v in nodes:
                if v <= q and (floor is None or v > floor):
                    floor = v
                if v >= q and (ceil is None or v < ceil):
                    ceil = v
            out.append([floor, ceil])
        return out
