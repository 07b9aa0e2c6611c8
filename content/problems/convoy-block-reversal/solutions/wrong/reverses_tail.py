class Solution:
    def reverse_blocks(self, head: "ListNode | None", k: int) -> "ListNode | None":
        # Wrong: also reverses the final partial block.
        dummy = ListNode(0, head)
        group_prev = dummy
        while group_prev.next is not None:
            first = group_prev.next
            prev, cur, count = None, first, 0
            while cur is not None and count < k:
                cur.next, prev, cur = prev, cur, cur.next
                count += 1
            group_prev.next = prev
            first.next = cur
            group_prev = first
        return dummy.next
