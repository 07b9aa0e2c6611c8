class Solution:
    def fold_playlist(self, head: "ListNode | None") -> "ListNode | None":
        # Correct but O(n^2): after each front node, walk to the tail, detach it and splice it in.
        cur = head
        while cur is not None and cur.next is not None and cur.next.next is not None:
            before_tail = cur
            while before_tail.next.next is not None:
                before_tail = before_tail.next
            tail = before_tail.next
            before_tail.next = None
            tail.next = cur.next
            cur.next = tail
            cur = tail.next
        return head
