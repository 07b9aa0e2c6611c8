class Solution:
    def reverse_blocks(self, head: "ListNode | None", k: int) -> "ListNode | None":
        dummy = ListNode(0, head)
        group_prev = dummy
        while True:
            # Wrong: checks that MORE than k nodes remain, so a last block of exactly k stays.
            probe, count = group_prev.next, 0
            while probe is not None and count <= k:
                probe = probe.next
                count += 1
            if count <= k:
                return dummy.next
            first = group_prev.next
            kth = first
            for _ in range(k - 1):
                kth = kth.next
            after = kth.next
            prev, cur = after, first
            while cur is not after:
                cur.next, prev, cur = prev, cur, cur.next
            group_prev.next = kth
            group_prev = first
