# Complexity: O(n) time: collect the nodes, interleave them with two indices, relink;
# O(n) memory for the lists of nodes.
class Solution:
    def fold_playlist(self, head: "ListNode | None") -> "ListNode | None":
        nodes = []
        while head is not None:
            nodes.append(head)
            head = head.next
        order = []
        i, j = 0, len(nodes) - 1
        while i < j:
            order.append(nodes[i])
            order.append(nodes[j])
            i += 1
            j -= 1
        if i == j:
            order.append(nodes[i])
        for a, b in zip(order, order[1:]):
            a.next = b
        if order:
            order[-1].next = None
            return order[0]
        return None
