class Solution:
    def fold_playlist(self, head: "ListNode | None") -> "ListNode | None":
        vals = []
        while head is not None:
            vals.append(head.val)
            head = head.next
        out = []
        i, j = 0, len(vals) - 1
        # Wrong: for odd n the middle element (i == j) is never emitted.
        while i < j:
            out.append(vals[i])
            out.append(vals[j])
            i += 1
            j -= 1
        dummy = ListNode()
        tail = dummy
        for v in out:
            tail.next = ListNode(v)
            tail = tail.next
        return dummy.next
