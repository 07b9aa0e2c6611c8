"""Shared by the checks (shown to learners): the shop's bus and its three subscribers."""

import pytest


@pytest.fixture
def shop(learner):
    """shop(failing={"loyalty": 1}) -> the wiring.Shop in your process."""

    def make(failing=None):
        handle = learner.new("wiring", "Shop", failing or {})

        class Shop:
            def publish(self, event):
                return learner.method(handle, "publish", event)

            def journal(self):
                return learner.method(handle, "journal")

        return Shop()

    return make


def v1_event(event_id="11111111-1111-4111-8111-111111111111", total="12.50", order="o-1"):
    """An OrderPlaced event as the old monolith stored it: version 1, total in euros as text."""
    return {
        "id": event_id,
        "type": "OrderPlaced",
        "version": 1,
        "occurred_at": "2024-11-29T09:15:00+00:00",
        "data": {"order": order, "total": total},
    }
