# Complexity: O(n) time: collect the n nodes in a list, reverse each full block of k by slicing,
# relink; O(n) memory for the list of nodes.
class Solution:
    def reverse_blocks(self, head: "ListNode | None", k: int) -> "ListNode | None":
        # Alternative: collect the nodes, reorder the array, relink.
        nodes = []
        cur = head
        while cur is not None:
            nodes.append(cur)
            cur = cur.next
        n = len(nodes)
        full = n - n % k
        for start in range(0, full, k):
            nodes[start : start + k] = nodes[start : start + k][::-1]
        for a, b in zip(nodes, nodes[1:]):
            a.next = b
        if nodes:
            nodes[-1].next = None
            return nodes[0]
        return None
