# Complexity: O(N) time, N the integers and lists in the manifest: each is visited once;
# O(D) recursion depth, D the nesting depth.
class Solution:
    def shipment_weight(self, crate: list, tare: int) -> int:
        total = tare
        for item in crate:
            if isinstance(item, list):
                total += self.shipment_weight(item, tare)
            else:
                total += item
        return total
