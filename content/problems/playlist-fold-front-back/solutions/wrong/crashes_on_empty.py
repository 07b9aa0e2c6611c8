class Solution:
    def fold_playlist(self, head: "ListNode | None") -> "ListNode | None":
        # Wrong: assumes at least one node (head.next on None raises).
        slow, fast = head, head.next
        while fast is not None and fast.next is not None:
            slow = slow.next
            fast = fast.next.next
        second = slow.next
        slow.next = None
        prev = None
        while second is not None:
            second.next, prev, second = prev, second, second.next
        first, second = head, prev
        while second is not None:
            nxt_first, nxt_second = first.next, second.next
            first.next = second
            second.next = nxt_first
            first, second = nxt_first, nxt_second
        return head
