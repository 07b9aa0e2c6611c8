"""How the checks assemble your code (given, read-only): OrderService(HttpInventory(...))."""

from inventory_client import HttpInventory
from orders import OrderService


class Shop:
    """Your OrderService talking to the inventory service at `base_url` through your adapter."""

    def __init__(self, base_url: str, timeout: float = 1.0) -> None:
        self.inventory = HttpInventory(base_url, timeout=timeout)
        self.orders = OrderService(self.inventory)

    def place_order(self, order_id: str, lines: list[dict[str, object]]) -> dict[str, object]:
        return self.orders.place_order(order_id, lines)

    def cancel_order(self, order_id: str) -> dict[str, object]:
        return self.orders.cancel_order(order_id)
