class Solution:
    def uncouple_every_kth(self, head: "ListNode | None", k: int) -> "ListNode | None":
        # Wrong: without a dummy node the locomotive end is never examined, so k = 1 keeps it.
        if head is None:
            return None
        prev, cur, position = head, head.next, 1
        while cur is not None:
            position += 1
            if position % k == 0:
                prev.next = cur.next
            else:
                prev = cur
            cur = cur.next
        return head
