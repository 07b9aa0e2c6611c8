# Caught by test_sample_an_order_and_its_event_are_saved_together: the "dual write" - the
# order is committed and the event sent straight to the broker, with no outbox; a broker
# outage (or a crash between the two) loses the event.
"""Orders with a transactional outbox: the order and its event are written together, and a
relay publishes the events afterwards, at least once."""

import json
import time
import uuid

import broker
from shopdb import connect

TOPIC = "orders"


def place_order(customer: str, total_cents: int) -> int:
    """Save the order and its order.placed event in one transaction; returns the order's id."""
    connection = connect()
    try:
        with connection:  # one transaction: both rows, or (on any exception) neither
            order_id = connection.execute(
                "INSERT INTO orders (customer, total_cents) VALUES (?, ?)", (customer, total_cents)
            ).lastrowid
        event = {"type": "order.placed", "order_id": order_id, "customer": customer, "total_cents": total_cents}
        broker.publish(TOPIC, uuid.uuid4().hex, json.dumps(event))
        return int(order_id)
    finally:
        connection.close()


def relay(batch: int = 100) -> int:
    """Publish up to `batch` unpublished events, oldest first, marking each one only after
    the broker acknowledged it. Stops at the first failure. Returns how many were published."""
    connection = connect()
    published = 0
    try:
        pending = connection.execute(
            "SELECT id, event_id, topic, payload FROM outbox WHERE published_at IS NULL "
            "ORDER BY id LIMIT ?",
            (batch,),
        ).fetchall()
        for row_id, event_id, topic, payload in pending:
            try:
                broker.publish(topic, event_id, payload)
            except broker.BrokerUnavailable:
                break  # unmarked: the next run publishes it again (the same event_id)
            with connection:
                connection.execute("UPDATE outbox SET published_at = ? WHERE id = ?", (time.time(), row_id))
            published += 1
        return published
    finally:
        connection.close()
