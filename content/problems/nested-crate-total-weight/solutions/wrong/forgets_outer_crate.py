class Solution:
    def shipment_weight(self, crate: list, tare: int) -> int:
        # Counts the wood of nested crates only: the outermost crate is never paid for.
        total = 0
        for item in crate:
            if isinstance(item, list):
                total += tare + self.shipment_weight(item, tare)
            else:
                total += item
        return total
