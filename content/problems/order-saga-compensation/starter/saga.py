"""The order saga: reserve stock, charge the card, schedule shipping, or undo what was done."""

from participants import CompensationFailed, Declined, Unavailable


class OrderSaga:
    def __init__(self, inventory, payments, shipping, max_attempts: int = 3) -> None:  # type: ignore[no-untyped-def]
        self.inventory = inventory
        self.payments = payments
        self.shipping = shipping
        self.max_attempts = max_attempts

    def run(self, order: dict) -> dict:  # type: ignore[type-arg]
        order_id = order["id"]
        # TODO: retries, and compensation when a step fails (see the statement).
        self.inventory.reserve(order_id, order["items"])
        self.payments.charge(order_id, order["amount"])
        self.shipping.schedule(order_id, order["address"])
        return {"order_id": order_id, "status": "completed"}
