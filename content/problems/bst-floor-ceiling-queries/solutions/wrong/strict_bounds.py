# Bug: strict comparisons only -- a query equal to a stored mark is not its own floor/ceiling.
class Solution:
    def floor_and_ceiling(self, root, queries):
        answers = []
        for q in queries:
            floor = ceil = None
            node = root
            while node is not None:
                if node.val < q:
                    floor = node.val
                    node = node.right
                elif node.val > q:
                    ceil = node.val
                    node = node.left
                else:
                    # "exact hit": look for the neighbours instead
                    left, right = node.left, node.right
                    while left:
                        floor = left.val
                        left = left.right
                    while right:
                        ceil = right.val
                        right = right.left
                    break
            answers.append([floor, ceil])
        return answers
