"""Shared by the checks (shown to learners): a Shop from support/wiring.py, driven by the checks."""

import pytest

STOCK = {"mug": 5, "lamp": 1, "kettle": 3}


class ShopHandle:
    """The checks' side of wiring.Shop: an OrderService wired to one inventory implementation."""

    def __init__(self, learner, kind):
        self.learner = learner
        self.handle = learner.new("wiring", "Shop", kind, STOCK)

    def place(self, order_id, *lines):
        """place("o1", ("mug", 2), ("lamp", 1)) -> what OrderService.place_order returned."""
        return self.learner.method(
            self.handle,
            "place_order",
            order_id,
            [{"sku": sku, "quantity": quantity} for sku, quantity in lines],
        )

    def place_raw(self, order_id, lines):
        return self.learner.method(self.handle, "place_order", order_id, lines)

    def cancel(self, order_id):
        return self.learner.method(self.handle, "cancel_order", order_id)

    def available(self, sku):
        return self.learner.method(self.handle, "available", sku)

    def journal(self):
        return self.learner.method(self.handle, "journal")


@pytest.fixture
def shop(learner):
    """shop("local") or shop("warehouse")."""
    return lambda kind: ShopHandle(learner, kind)
