# Complexity: O(N) time, N the integers and lists in the manifest: each is visited once;
# O(N) memory in the worst case for the stack of lists still to open, no recursion.
class Solution:
    def shipment_weight(self, crate: list, tare: int) -> int:
        total = 0
        stack = [crate]
        while stack:
            current = stack.pop()
            total += tare
            for item in current:
                if isinstance(item, list):
                    stack.append(item)
                else:
                    total += item
        return total
