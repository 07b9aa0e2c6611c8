class Solution:
    def reverse_blocks(self, head: "ListNode | None", k: int) -> "ListNode | None":
        # Reverses the first block, then recurses on the rest: one frame per block, so a long
        # convoy cut into small blocks (10^5 trucks, k = 2) exceeds Python's recursion limit.
        node, count = head, 0
        while node is not None and count < k:
            node, count = node.next, count + 1
        if count < k:
            return head
        prev, cur = self.reverse_blocks(node, k), head
        for _ in range(k):
            cur.next, prev, cur = prev, cur, cur.next
        return prev
