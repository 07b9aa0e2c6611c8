class Solution:
    def reverse_blocks(self, head: "ListNode | None", k: int) -> "ListNode | None":
        # Correct but O(n^2): swaps values, finding each node by walking from the head.
        def node_at(i: int) -> "ListNode":
            cur = head
            for _ in range(i):
                cur = cur.next
            return cur

        n = 0
        cur = head
        while cur is not None:
            n += 1
            cur = cur.next
        for start in range(0, n - n % k, k):
            i, j = start, start + k - 1
            while i < j:
                a, b = node_at(i), node_at(j)
                a.val, b.val = b.val, a.val
                i += 1
                j -= 1
        return head
