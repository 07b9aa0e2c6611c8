import json

from conftest import placed


def test_sample_an_order_and_its_event_are_saved_together(shop):
    order_id = shop.place_order("ana", 1250)
    assert shop.rows("orders") == [{"id": order_id, "customer": "ana", "total_cents": 1250}]
    (row,) = shop.rows("outbox")
    assert row["topic"] == "orders" and row["published_at"] is None and row["event_id"]
    assert json.loads(row["payload"]) == placed(order_id, "ana", 1250)
    assert shop.messages() == [], "place_order never talks to the broker: the relay does"


def test_sample_the_relay_publishes_then_marks(shop):
    first, second = shop.place_order("ana", 1250), shop.place_order("ben", 990)
    assert shop.relay() == 2
    events = shop.rows("outbox")
    assert shop.messages() == [
        (events[0]["event_id"], placed(first, "ana", 1250)),
        (events[1]["event_id"], placed(second, "ben", 990)),
    ], "each event is published once, in outbox order, with its outbox event_id"
    assert all(row["published_at"] is not None for row in events), "published rows are marked"
    assert shop.relay() == 0, "nothing is left to publish"
    assert len(shop.messages()) == 2
