# Complexity: O(n) time: find the middle with slow/fast pointers, reverse the second half in
# place, merge alternately; O(1) extra memory.
class Solution:
    def fold_playlist(self, head: "ListNode | None") -> "ListNode | None":
        if head is None or head.next is None:
            return head
        # 1. middle: slow ends at the last node of the first half
        slow, fast = head, head
        while fast.next is not None and fast.next.next is not None:
            slow = slow.next
            fast = fast.next.next
        second = slow.next
        slow.next = None
        # 2. reverse the second half
        prev = None
        while second is not None:
            second.next, prev, second = prev, second, second.next
        # 3. merge alternately
        first, second = head, prev
        while second is not None:
            nxt_first, nxt_second = first.next, second.next
            first.next = second
            second.next = nxt_first
            first, second = nxt_first, nxt_second
        return head
