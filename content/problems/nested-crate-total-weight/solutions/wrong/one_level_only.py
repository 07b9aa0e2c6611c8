class Solution:
    def shipment_weight(self, crate: list, tare: int) -> int:
        # Handles crates nested one level deep, but treats deeper crates as if they were empty.
        total = tare
        for item in crate:
            if isinstance(item, list):
                total += tare
                total += sum(x for x in item if not isinstance(x, list))
                total += tare * sum(1 for x in item if isinstance(x, list))
            else:
                total += item
        return total
