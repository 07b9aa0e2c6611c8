import datetime


def test_sample_event_envelope(learner):
    event = learner.call("events", "order_placed", "o-1", 1250, "EUR")
    assert set(event) == {"id", "type", "version", "occurred_at", "data"}, sorted(event)
    assert event["type"] == "OrderPlaced" and event["version"] == 2
    assert event["data"] == {"order_id": "o-1", "total_cents": 1250, "currency": "EUR"}
    assert isinstance(event["id"], str) and event["id"]
    other = learner.call("events", "order_placed", "o-1", 1250, "EUR")
    assert other["id"] != event["id"], "every event has its own id, even with the same data"
    when = datetime.datetime.fromisoformat(event["occurred_at"])
    assert when.utcoffset() == datetime.timedelta(0), (
        "occurred_at is an ISO 8601 time in UTC with its offset (+00:00): a naive local time "
        "means something else on every server"
    )


def test_sample_fan_out(shop, learner):
    event = learner.call("events", "order_placed", "o-2", 990, "EUR")
    bus = shop()
    assert bus.publish(event) == {"delivered": ["mailer", "loyalty", "analytics"], "failed": []}
    assert bus.journal() == [
        ["mailer", "OrderPlaced", event["id"], 990],
        ["loyalty", "OrderPlaced", event["id"], 990],
        ["analytics", "OrderPlaced", event["id"], 990],
    ]
