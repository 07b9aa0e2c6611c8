# Caught by test_rejected_order_releases_earlier_lines: a rejected order returns at once and
# keeps the units of the lines reserved before the failing one.
"""Orders: places and cancels orders, talking to inventory through InventoryPort only."""

from inventory import InventoryPort, OutOfStock, UnknownSku


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
            except (OutOfStock, UnknownSku) as error:
                reason = "out_of_stock" if isinstance(error, OutOfStock) else "unknown_sku"
                return {"order_id": order_id, "status": "rejected", "reason": reason, "sku": sku}
        self.orders[order_id] = {"status": "placed", "reservations": reserved}
        return {"order_id": order_id, "status": "placed", "reservations": list(reserved)}

    def cancel_order(self, order_id: str) -> dict[str, object]:
        order = self.orders[order_id]  # KeyError: no such order
        if order["status"] == "placed":
            for reservation_id in order["reservations"]:  # type: ignore[attr-defined]
                self.inventory.release(reservation_id)
            order["status"] = "cancelled"
        return {"order_id": order_id, "status": "cancelled"}


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
