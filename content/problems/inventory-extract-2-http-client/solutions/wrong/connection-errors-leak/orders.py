"""Orders: places and cancels orders, talking to inventory through InventoryPort only.

Stage 2: inventory is a service now, so any call may raise InventoryUnavailable."""

from inventory import InventoryPort, InventoryUnavailable, OutOfStock, UnknownSku

REASONS = {OutOfStock: "out_of_stock", UnknownSku: "unknown_sku"}


class OrderService:
    def __init__(self, inventory: InventoryPort) -> None:
        self.inventory = inventory
        self.orders: dict[str, dict[str, object]] = {}

    def place_order(self, order_id: str, lines: list[dict[str, object]]) -> dict[str, object]:
        wanted = validated(lines)  # before the first call: a bad order touches nothing
        reserved: list[str] = []
        for sku, quantity in wanted:
            try:
                reserved.append(self.inventory.reserve(sku, quantity))
            except (OutOfStock, UnknownSku, InventoryUnavailable) as error:
                self._release_quietly(reserved)
                reason = REASONS.get(type(error), "inventory_unavailable")
                return {"order_id": order_id, "status": "rejected", "reason": reason, "sku": sku}
        self.orders[order_id] = {"status": "placed", "held": list(reserved)}
        return {"order_id": order_id, "status": "placed", "reservations": list(reserved)}

    def cancel_order(self, order_id: str) -> dict[str, object]:
        order = self.orders[order_id]  # KeyError: no such order
        held: list[str] = order["held"]  # type: ignore[assignment]
        while held:
            self.inventory.release(held[0])  # InventoryUnavailable: the caller retries later
            held.pop(0)  # released: a retried cancel must not release it again
        order["status"] = "cancelled"
        return {"order_id": order_id, "status": "cancelled"}

    def _release_quietly(self, reserved: list[str]) -> None:
        """Compensate a rejected order: best effort, the rejection is the answer either way."""
        for reservation_id in reversed(reserved):
            try:
                self.inventory.release(reservation_id)
            except InventoryUnavailable:
                pass  # in production: queue it for a retry; here the hold expires


def validated(lines: list[dict[str, object]]) -> list[tuple[str, int]]:
    if not isinstance(lines, list) or not lines:
        raise ValueError("an order needs at least one line")
    wanted = []
    for line in lines:
        sku, quantity = line.get("sku"), line.get("quantity")
        if not isinstance(sku, str) or not sku:
            raise ValueError(f"bad sku in {line!r}")
        if isinstance(quantity, bool) or not isinstance(quantity, int) or quantity < 1:
            raise ValueError(f"the quantity must be a positive integer: {line!r}")
        wanted.append((sku, quantity))
    return wanted
