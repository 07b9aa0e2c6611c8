"""How the checks assemble your OrderService (given, read-only).

`Shop("local", stock)` wires it to the monolith's `LocalInventory`; `Shop("warehouse", stock)`
to `WarehouseInventory`, another implementation of the same port (think: the inventory service
to come). Your OrderService gets the inventory as its constructor's argument and must work with
either, through the port alone.
"""

from inventory import InventoryPort, LocalInventory, OutOfStock, UnknownReservation, UnknownSku
from orders import OrderService


class WarehouseInventory:
    """InventoryPort kept another way: bins of units per SKU, its own reservation ids, and a
    journal of every call made to it (what the checks look at)."""

    def __init__(self, stock: dict[str, int]) -> None:
        self._bins = {sku: {"on_hand": units, "held": 0} for sku, units in stock.items()}
        self._holds: dict[str, tuple[str, int]] = {}
        self._serial = 7000
        self.journal: list[list[object]] = []

    def reserve(self, sku: str, quantity: int) -> str:
        self.journal.append(["reserve", sku, quantity])
        found = self._bins.get(sku)
        if found is None:
            raise UnknownSku(sku)
        if found["on_hand"] - found["held"] < quantity:
            raise OutOfStock(sku)
        found["held"] += quantity
        self._serial += 1
        hold = f"WH-{sku.upper()}-{self._serial}"
        self._holds[hold] = (sku, quantity)
        return hold

    def release(self, reservation_id: str) -> None:
        self.journal.append(["release", reservation_id])
        hold = self._holds.pop(reservation_id, None)
        if hold is None:
            raise UnknownReservation(reservation_id)
        sku, quantity = hold
        self._bins[sku]["held"] -= quantity

    def available(self, sku: str) -> int:
        found = self._bins[sku]
        return found["on_hand"] - found["held"]


class Shop:
    """An OrderService wired to one inventory implementation, as the checks drive it."""

    def __init__(self, kind: str, stock: dict[str, int]) -> None:
        self.inventory: InventoryPort
        if kind == "local":
            self.inventory = LocalInventory(stock)
        else:
            self.inventory = WarehouseInventory(stock)
        self.orders = OrderService(self.inventory)

    def place_order(self, order_id: str, lines: list[dict[str, object]]) -> dict[str, object]:
        return self.orders.place_order(order_id, lines)

    def cancel_order(self, order_id: str) -> dict[str, object]:
        return self.orders.cancel_order(order_id)

    def available(self, sku: str) -> int:
        """Units of `sku` not reserved by anyone."""
        if isinstance(self.inventory, LocalInventory):
            return self.inventory.stock[sku]
        assert isinstance(self.inventory, WarehouseInventory)
        return self.inventory.available(sku)

    def journal(self) -> list[list[object]]:
        """Every call made to a WarehouseInventory, in order (empty for the local one)."""
        if isinstance(self.inventory, WarehouseInventory):
            return self.inventory.journal
        return []
