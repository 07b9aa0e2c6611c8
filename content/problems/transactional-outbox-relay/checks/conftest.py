"""Shared by the checks: the shop as your code sees it, and the checks' tools."""

import json

import pytest
from winterarc_lab import LearnerRaised


class Shop:
    def __init__(self, learner):
        self.learner = learner

    def place_order(self, customer, total_cents):
        return self.learner.call("orders", "place_order", customer, total_cents)

    def relay(self, *batch):
        return self.learner.call("orders", "relay", *batch)

    def rows(self, table):
        return self.learner.call("shopdb", "rows", table)

    def tool(self, module, name, *args):
        return self.learner.call(module, name, *args)

    def messages(self):
        """What the broker stored: (event_id, decoded payload) pairs, in order."""
        found = self.learner.call("broker", "messages")
        for message in found:
            assert message["topic"] == "orders", f"events go to the topic orders; got {message['topic']!r}"
        return [(m["event_id"], json.loads(m["payload"])) for m in found]

    def unpublished(self):
        return [row for row in self.rows("outbox") if row["published_at"] is None]


@pytest.fixture
def shop(learner):
    return Shop(learner)


def placed(order_id, customer, total_cents):
    return {"type": "order.placed", "order_id": order_id, "customer": customer, "total_cents": total_cents}


def must_work(call, *args, why):
    """Call the learner; an exception fails the check with `why` (a wrong answer, not a crash)."""
    try:
        return call(*args)
    except LearnerRaised as raised:
        pytest.fail(f"{why}, but it raised {raised.message}")
