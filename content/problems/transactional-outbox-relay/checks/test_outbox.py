from conftest import must_work, placed
from winterarc_lab import LearnerRaised


def test_a_failed_outbox_write_rolls_back_the_order(shop):
    """When the event cannot be written, the order is not saved either."""
    shop.tool("shopdb", "break_outbox")
    try:
        shop.place_order("ana", 1250)
    except LearnerRaised:
        pass  # the database error should reach the caller
    else:
        raise AssertionError("the outbox INSERT failed, yet place_order reported success")
    assert shop.rows("orders") == [], (
        "an order was saved without its event: the order and the outbox row must be one transaction"
    )
    shop.tool("shopdb", "repair_outbox")
    order_id = shop.place_order("ana", 1250)
    assert [row["id"] for row in shop.rows("orders")] == [order_id]
    assert shop.relay() == 1 and [event for _, event in shop.messages()] == [placed(order_id, "ana", 1250)]


def test_orders_are_taken_while_the_broker_is_down(shop):
    """place_order works with the broker down; the relay catches up when it is back."""
    shop.tool("broker", "go_down")
    order_id = must_work(shop.place_order, "ana", 1250, why="place_order must not need the broker")
    assert shop.relay() == 0, "the broker is down: nothing can be published"
    assert len(shop.unpublished()) == 1, "the event waits in the outbox"
    shop.tool("broker", "come_back")
    assert shop.relay() == 1
    assert [event for _, event in shop.messages()] == [placed(order_id, "ana", 1250)]


def test_a_broker_outage_mid_batch_loses_nothing(shop):
    """The broker fails after 1 of 3 events: the relay stops, and publishes the rest later."""
    ids = [shop.place_order(name, 100 * (i + 1)) for i, name in enumerate(("ana", "ben", "cy"))]
    shop.tool("broker", "go_down", 1)
    published = must_work(shop.relay, why="relay stops at a broker failure and returns the count")
    assert published == 1
    assert [row["published_at"] is None for row in shop.rows("outbox")] == [False, True, True], (
        "only the event the broker acknowledged is marked"
    )
    shop.tool("broker", "come_back")
    assert shop.relay() == 2
    assert [event["order_id"] for _, event in shop.messages()] == ids, "every event, once, in order"


def test_a_lost_ack_republishes_the_same_event_id(shop):
    """A publish whose ack was lost is published again, with the same event_id (consumers dedup)."""
    order_id = shop.place_order("ana", 1250)
    shop.tool("broker", "lose_next_ack")
    assert must_work(shop.relay, why="relay stops at a broker failure and returns the count") == 0
    assert len(shop.unpublished()) == 1, "an event whose ack never came is not marked"
    assert shop.relay() == 1
    messages = shop.messages()
    assert len(messages) == 2, "the broker got the event twice (at-least-once)"
    (event_id,) = {row["event_id"] for row in shop.rows("outbox")}
    assert [message_id for message_id, _ in messages] == [event_id, event_id], (
        "both copies must carry the outbox row's event_id, or consumers cannot recognise the duplicate"
    )
    assert [event for _, event in messages] == [placed(order_id, "ana", 1250)] * 2


def test_the_relay_works_in_batches_oldest_first(shop):
    """relay(batch) publishes at most `batch` events, oldest first."""
    ids = [shop.place_order(f"c{i}", 100 + i) for i in range(5)]
    assert [shop.relay(2), shop.relay(2), shop.relay(2), shop.relay(2)] == [2, 2, 1, 0]
    assert [event["order_id"] for _, event in shop.messages()] == ids


def test_an_invalid_order_writes_nothing(shop):
    """An order the database refuses (total 0) leaves no outbox row and publishes nothing."""
    try:
        shop.place_order("ana", 0)
    except LearnerRaised:
        pass
    assert shop.rows("orders") == [] and shop.rows("outbox") == []
    assert shop.relay() == 0 and shop.messages() == []
