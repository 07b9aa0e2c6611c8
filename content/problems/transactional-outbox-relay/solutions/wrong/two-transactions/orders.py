# Caught by test_a_failed_outbox_write_rolls_back_the_order: the order is committed, then the
# event is written in a second transaction; when that one fails, the order has no event.
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
        with connection:
            order_id = connection.execute(
                "INSERT INTO orders (customer, total_cents) VALUES (?, ?)", (customer, total_cents)
            ).lastrowid
        with connection:
            event = {"type": "order.placed", "order_id": order_id, "customer": customer, "total_cents": total_cents}
            connection.execute(
                "INSERT INTO outbox (event_id, topic, payload) VALUES (?, ?, ?)",
                (uuid.uuid4().hex, TOPIC, json.dumps(event)),
            )
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
