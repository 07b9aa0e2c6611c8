# Complexity: O(n) time for n carriages: one walk, unlinking every k-th node in place;
# O(1) extra memory.
class Solution:
    def uncouple_every_kth(self, head: "ListNode | None", k: int) -> "ListNode | None":
        dummy = ListNode(0, head)
        prev = dummy
        position = 0
        while prev.next is not None:
            position += 1
            if position % k == 0:
                prev.next = prev.next.next
            else:
                prev = prev.next
        return dummy.next
