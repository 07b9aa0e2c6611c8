"""Orders: places and cancels orders. Still the monolith's version: it reaches straight into
the inventory's stock table. Make it talk to inventory through InventoryPort only."""

from inventory import LocalInventory


class OrderService:
    def __init__(self, inventory: LocalInventory) -> None:
        self.inventory = inventory
        self.orders: dict[str, list[dict[str, object]]] = {}

    def place_order(self, order_id: str, lines: list[dict[str, object]]) -> dict[str, object]:
        # TODO: reserve every line through the port (inventory.reserve), report the reservation
        # ids, reject (and release what was reserved) when a line cannot be reserved.
        for line in lines:
            if self.inventory.stock.get(line["sku"], 0) < line["quantity"]:
                return {
                    "order_id": order_id,
                    "status": "rejected",
                    "reason": "out_of_stock",
                    "sku": line["sku"],
                }
        for line in lines:
            self.inventory.stock[line["sku"]] -= line["quantity"]
        self.orders[order_id] = lines
        return {"order_id": order_id, "status": "placed", "reservations": []}

    def cancel_order(self, order_id: str) -> dict[str, object]:
        # TODO: release the order's reservations (once, however often it is cancelled).
        raise NotImplementedError
