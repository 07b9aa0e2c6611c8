# Complexity: O(q * h) time, q = len(queries), h the height of the tree: each query walks one
# root-to-leaf path; O(1) extra memory besides the answers.
from typing import Optional


class Solution:
    def floor_and_ceiling(self, root: Optional["TreeNode"], queries: list[int]) -> list[list[Optional[int]]]:
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
