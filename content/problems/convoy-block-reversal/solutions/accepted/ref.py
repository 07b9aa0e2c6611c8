# Complexity: O(n) time: every node is visited a constant number of times (counting k ahead,
# then reversing the block in place); O(1) extra memory.
class Solution:
    def reverse_blocks(self, head: "ListNode | None", k: int) -> "ListNode | None":
        dummy = ListNode(0, head)
        group_prev = dummy
        while True:
            kth = group_prev
            for _ in range(k):
                kth = kth.next
                if kth is None:
                    return dummy.next
            after = kth.next
            first = group_prev.next
            prev, cur = after, first
            while cur is not after:
                cur.next, prev, cur = prev, cur, cur.next
            group_prev.next = kth
            group_prev = first
