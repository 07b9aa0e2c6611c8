"""How the checks run your saga (given, read-only)."""

from participants import Inventory, Payments, Shipping
from saga import OrderSaga


class Shop:
    """Your OrderSaga over three scripted services that share one journal of calls."""

    def __init__(self, script: dict[str, list[str]]) -> None:
        self.journal_: list[list[str]] = []
        self.inventory = Inventory(script, self.journal_)
        self.payments = Payments(script, self.journal_)
        self.shipping = Shipping(script, self.journal_)
        self.saga = OrderSaga(self.inventory, self.payments, self.shipping)

    def run(self, order: dict[str, object]) -> dict[str, object]:
        return self.saga.run(order)

    def journal(self) -> list[list[str]]:
        return self.journal_

    def effects(self, order_id: str) -> dict[str, object]:
        """What is in force for the order at the services: held stock, money, a shipment."""
        return {
            "held": order_id in self.inventory.held,
            "charged": self.payments.charged.get(order_id, 0),
            "scheduled": order_id in self.shipping.scheduled,
        }
