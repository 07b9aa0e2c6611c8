# Bug: for an empty tree it returns no answers at all instead of [None, None] per query.
class Solution:
    def floor_and_ceiling(self, root, queries):
        if root is None:
            return []
        answers = []
        for q in queries:
            floor = ceil = None
            node = root
            while node is not None:
                if node.val == q:
                    floor = ceil = q
                    break
                if node.val < q:
                    floor = node.val
                    node = node.right
                else:
                    ceil = node.val
                    node = node.left
            answers.append([floor, ceil])
        return answers
