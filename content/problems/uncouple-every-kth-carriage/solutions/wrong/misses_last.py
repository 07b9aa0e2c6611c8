class Solution:
    def uncouple_every_kth(self, head: "ListNode | None", k: int) -> "ListNode | None":
        dummy = ListNode(0, head)
        prev = dummy
        position = 0
        # Wrong: "I need a node after the one I relink" - the last carriage is never examined.
        while prev.next is not None and prev.next.next is not None:
            position += 1
            if position % k == 0:
                prev.next = prev.next.next
            else:
                prev = prev.next
        return dummy.next
