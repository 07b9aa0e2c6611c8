from conftest import v1_event


def test_a_failing_subscriber_does_not_stop_the_others(shop, learner):
    """When loyalty raises, mailer and analytics still get the event; loyalty is reported."""
    bus = shop({"loyalty": 1})
    event = learner.call("events", "order_placed", "o-3", 500, "EUR")
    assert bus.publish(event) == {"delivered": ["mailer", "analytics"], "failed": ["loyalty"]}, (
        "one subscriber's failure is its own: the publisher and the other subscribers go on"
    )
    assert [entry[0] for entry in bus.journal()] == ["mailer", "analytics"]


def test_redelivery_is_deduplicated(shop, learner):
    """The same event published twice reaches each subscriber once."""
    bus = shop()
    event = learner.call("events", "order_placed", "o-4", 700, "EUR")
    bus.publish(event)
    assert bus.publish(event) == {"delivered": [], "failed": []}, (
        "delivery is at least once: a redelivered event (same id) must not send a second email"
    )
    assert len(bus.journal()) == 3


def test_redelivery_retries_only_the_failed(shop, learner):
    """Redelivering an event runs only the subscribers that failed it before."""
    bus = shop({"loyalty": 1})
    event = learner.call("events", "order_placed", "o-5", 800, "EUR")
    bus.publish(event)
    assert bus.publish(event) == {"delivered": ["loyalty"], "failed": []}
    assert [entry[0] for entry in bus.journal()] == ["mailer", "analytics", "loyalty"]


def test_v1_events_are_upcast(shop):
    """A stored v1 OrderPlaced reaches the subscribers as a v2 event."""
    bus = shop()
    assert bus.publish(v1_event(total="12.50"))["delivered"] == ["mailer", "loyalty", "analytics"]
    assert bus.journal()[0] == ["mailer", "OrderPlaced", "11111111-1111-4111-8111-111111111111", 1250]


def test_upcast_money_exactly(learner):
    """v1 totals in euros become exact cents: "0.29" is 29, "12.5" is 1250, "7" is 700."""
    for total, expected in [("0.29", 29), ("12.5", 1250), ("7", 700), ("1.15", 115), ("0.07", 7)]:
        event = learner.call("events", "upcast", v1_event(total=total))
        assert event["version"] == 2
        assert event["data"] == {"order_id": "o-1", "total_cents": expected, "currency": "EUR"}, (
            f"total {total!r}: expected {expected} cents (int(float('0.29') * 100) is 28)"
        )
        assert event["id"] == v1_event()["id"] and event["occurred_at"] == v1_event()["occurred_at"]


def test_upcast_leaves_current_and_other_events_alone(learner):
    """A v2 event and other event types come back unchanged; an unknown version is refused."""
    current = learner.call("events", "order_placed", "o-6", 100, "SEK")
    assert learner.call("events", "upcast", current) == current
    cancelled = {"id": "e-9", "type": "OrderCancelled", "version": 1,
                 "occurred_at": "2024-11-29T10:00:00+00:00", "data": {"order": "o-1"}}  # fmt: skip
    assert learner.call("events", "upcast", cancelled) == cancelled
    with learner.raises("ValueError"):
        learner.call("events", "upcast", {**v1_event(), "version": 3})


def test_subscribers_get_only_their_types(shop):
    """An OrderCancelled event reaches only its subscriber (analytics)."""
    bus = shop()
    cancelled = {"id": "e-10", "type": "OrderCancelled", "version": 1,
                 "occurred_at": "2024-11-29T10:00:00+00:00", "data": {"order": "o-1"}}  # fmt: skip
    assert bus.publish(cancelled) == {"delivered": ["analytics"], "failed": []}
