"""Orders with a transactional outbox: the order and its event are written together, and a
relay publishes the events afterwards, at least once."""

import json

import broker
from shopdb import connect

TOPIC = "orders"


def place_order(customer: str, total_cents: int) -> int:
    """Save the order and tell the world about it; returns the order's id."""
    # TODO: this is the "dual write": the order is committed, then the event goes straight to
    # the broker. Write the event to the outbox in the order's transaction instead.
    connection = connect()
    try:
        with connection:
            order_id = connection.execute(
                "INSERT INTO orders (customer, total_cents) VALUES (?, ?)", (customer, total_cents)
            ).lastrowid
    finally:
        connection.close()
    event = {"type": "order.placed", "order_id": order_id, "customer": customer, "total_cents": total_cents}
    broker.publish(TOPIC, str(order_id), json.dumps(event))
    return int(order_id)


def relay(batch: int = 100) -> int:
    """Publish up to `batch` unpublished outbox events, oldest first; returns how many."""
    return 0  # TODO
